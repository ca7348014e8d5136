// Memory stays bounded when several large pages are uploaded at once: the web host runs as a
// real process, 8 imports of a ~45 MB page arrive together, and the host's peak resident set
// (VmHWM, the kernel's high-water mark, so no sample can miss the peak) stays under 1 GiB.
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, startHostProcess, type HostProcess } from './web-host-process';

const root = path.resolve(__dirname, '..', '..', '..');
const onLinux = process.platform === 'linux' && existsSync('/proc/self/status');
const PARALLEL = Number(process.env.GALLEY_TEST_PARALLEL ?? 8);
const PAGE_BYTES = 45 * 1024 * 1024;
const BOUND_KB = 1024 * 1024;

let dataDir: string;
let host: HostProcess;
let base: URL;
let cookie: string;
let token: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'galley-parallel-'));
  // In one process, so its /proc status is the host's own.
  host = await startHostProcess(dataDir, { inOneProcess: true });
  base = new URL(host.launchUrl);
  ({ cookie, token } = await openSession(host.launchUrl));
}, 40_000);

afterAll(async () => {
  await host?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

function peakKb(pid: number): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
}

// A fresh connection per upload (agent: false): a pooled keep-alive socket the host has just
// timed out would fail the upload for a reason that has nothing to do with memory.
function importPage(name: string, base64: string): Promise<{ ok: boolean; code?: string }> {
  const body = JSON.stringify({ name, base64 });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(base.port),
        method: 'POST',
        path: '/api/importFile',
        agent: false,
        headers: { host: base.host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-galley-token': token, cookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; error?: { code: string } };
          resolve(parsed.ok ? { ok: true } : { ok: false, code: parsed.error?.code });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('parallel large imports', () => {
  it.runIf(onLinux)(
    `${PARALLEL} imports of a ${PAGE_BYTES >> 20} MB page at once all succeed with the host under 1 GiB`,
    async () => {
      const seed = await readFile(path.join(root, 'seeds', '000_fd21b5ce20d5087d.txt'));
      const page = Buffer.concat(Array.from({ length: Math.floor(PAGE_BYTES / seed.length) }, () => seed));
      // Each upload a different file (a numbered first line), so none is a duplicate of another.
      const uploads = Array.from({ length: PARALLEL }, (_, i) => Buffer.concat([Buffer.from(`第${i + 1}版\n`), page]).toString('base64'));
      const before = peakKb(host.child.pid!);
      const results = await Promise.all(uploads.map((b64, i) => importPage(`page-${i + 1}.txt`, b64))).catch((e: unknown) => {
        throw new Error(`${String(e)}; host exit ${host.child.exitCode ?? host.child.signalCode}; host stderr: ${host.stderr().slice(-2000)}`);
      });
      expect(results).toEqual(uploads.map(() => ({ ok: true })));
      const peak = peakKb(host.child.pid!);
      console.log(`parallel imports: host peak RSS ${Math.round(before / 1024)} MiB before, ${Math.round(peak / 1024)} MiB after ${PARALLEL} × ${PAGE_BYTES >> 20} MB`);
      expect(peak).toBeLessThan(BOUND_KB);
    },
    300_000,
  );
});
