// Another account on the same machine must not be able to use or read a user's web host: the
// real host runs as a process, and a probe runs as a second OS user (`nobody`, when the test
// runs as root and can switch to it) trying every way in: the page, the API, and the data folder.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostProcess, type HostProcess } from './web-host-process';


const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

// Runs as the other user: reports what it could reach, as JSON on stdout.
const PROBE = `
const fs = require('node:fs');
const http = require('node:http');
const [port, dataDir] = process.argv.slice(2);
function get(method, p, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: Number(port), method, path: p, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, body: text, cookie: res.headers['set-cookie'] ?? null }));
    });
    req.on('error', (e) => resolve({ status: 0, body: String(e), cookie: null }));
    req.end(body);
  });
}
function tryFs(f) { try { f(); return 'ok'; } catch (e) { return e.code; } }
(async () => {
  const page = await get('GET', '/');
  const index = await get('GET', '/index.html');
  const api = await get('POST', '/api/listDocuments', '{}');
  const out = {
    uid: process.getuid(),
    page: { status: page.status, hasToken: /[0-9a-f]{64}/.test(page.body), hasApp: page.body.includes('id="root"'), cookie: page.cookie },
    index: { status: index.status, hasToken: /[0-9a-f]{64}/.test(index.body) },
    api: { status: api.status, body: api.body },
    listDir: tryFs(() => fs.readdirSync(dataDir)),
    readLibrary: tryFs(() => fs.readFileSync(dataDir + '/library.json')),
    readDocs: tryFs(() => fs.readdirSync(dataDir + '/docs')),
  };
  process.stdout.write(JSON.stringify(out));
})();
`;

interface Probe {
  uid: number;
  page: { status: number; hasToken: boolean; hasApp: boolean; cookie: unknown };
  index: { status: number; hasToken: boolean };
  api: { status: number; body: string };
  listDir: string;
  readLibrary: string;
  readDocs: string;
}

let parent: string;
let dataDir: string;
let host: HostProcess;
let launchUrl: string;

beforeAll(async () => {
  // The parent is world-searchable (as a home folder often is), so only Galley's own modes can keep others out.
  parent = await mkdtemp(path.join(os.tmpdir(), 'galley-localuser-'));
  await chmod(parent, 0o755);
  dataDir = path.join(parent, 'library');
  host = await startHostProcess(dataDir);
  launchUrl = host.launchUrl;
}, 40_000);

afterAll(async () => {
  await host?.stop();
  await rm(parent, { recursive: true, force: true });
});

async function runProbe(as: { uid: number; gid: number } | null): Promise<Probe> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'galley-probe-'));
  try {
    await chmod(dir, 0o755);
    const script = path.join(dir, 'probe.cjs');
    await writeFile(script, PROBE, { mode: 0o644 });
    const port = new URL(launchUrl).port;
    const child = spawn(process.execPath, [script, port, dataDir], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...(as ?? {}) });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    if (code !== 0) throw new Error(`probe failed (${code}): ${err}`);
    return JSON.parse(out) as Probe;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('web host and a second local user', () => {
  it('creates the data folder 0700 and its files 0600', async () => {
    const mode = async (p: string) => (await stat(p)).mode & 0o777;
    expect(await mode(dataDir)).toBe(0o700);
    expect(await mode(path.join(dataDir, 'docs'))).toBe(0o700);
    const files = [...(await readdir(dataDir)).map((f) => path.join(dataDir, f)), ...(await readdir(path.join(dataDir, 'docs'))).map((f) => path.join(dataDir, 'docs', f))];
    const plain = [];
    for (const f of files) if ((await stat(f)).isFile()) plain.push(f);
    // The seed page is imported on first start, so there is a library, a document and the lock.
    expect(plain.some((f) => f.endsWith('library.json'))).toBe(true);
    expect(plain.some((f) => f.includes(`${path.sep}docs${path.sep}`))).toBe(true);
    for (const f of plain) expect(await mode(f), f).toBe(0o600);
  });

  it('gives a client without the launch address no page, no token and no API', async () => {
    const probe = await runProbe(null);
    expect(probe.page).toMatchObject({ status: 403, hasToken: false, hasApp: false, cookie: null });
    expect(probe.index).toMatchObject({ status: 403, hasToken: false });
    expect(probe.api.status).toBe(401);
  });

  it('lets the user who holds the launch address in, once', async () => {
    const launch = new URL(launchUrl);
    const first = await fetch(launch, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const token = /#token=([0-9a-f]{64})$/.exec(first.headers.get('location') ?? '')?.[1];
    const cookie = (first.headers.get('set-cookie') ?? '').split(';', 1)[0]!;
    expect(token).toBeDefined();
    const list = await fetch(new URL('/api/listDocuments', launch), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-galley-token': token!, cookie },
      body: '{}',
    });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { ok: boolean }).ok).toBe(true);
    const again = await fetch(launch, { redirect: 'manual' });
    expect(again.status).toBe(403);
  });

  it.skipIf(!asRoot)('refuses the account `nobody` everything: page, API, folder and files', async () => {
    const probe = await runProbe(NOBODY);
    expect(probe.uid).toBe(NOBODY.uid);
    expect(probe.page).toMatchObject({ status: 403, hasToken: false, hasApp: false, cookie: null });
    expect(probe.index.status).toBe(403);
    expect(probe.api.status).toBe(401);
    expect(probe.listDir).toBe('EACCES');
    expect(probe.readLibrary).toBe('EACCES');
    expect(probe.readDocs).toBe('EACCES');
  });
});

describe('a data folder left world-readable by an earlier version', () => {
  it('is tightened to 0700 when the store opens it', async () => {
    const { ensurePrivateTree } = await import('../../../electron/service/private-files');
    const old = await mkdtemp(path.join(os.tmpdir(), 'galley-oldmodes-'));
    try {
      await mkdir(path.join(old, 'docs'));
      await chmod(old, 0o755);
      await chmod(path.join(old, 'docs'), 0o755);
      await ensurePrivateTree(old, ['docs']);
      expect((await stat(old)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(old, 'docs'))).mode & 0o777).toBe(0o700);
    } finally {
      await rm(old, { recursive: true, force: true });
    }
  });
});
