// The web host's CLI entry, run as a real process: the one stdout line, the store lock, and a
// clean shutdown on SIGTERM that releases the lock for the next start.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../shared/errors';

const root = path.resolve(__dirname, '..', '..', '..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LINE = /^Galley web host: (http:\/\/127\.0\.0\.1:(\d+)\/\?k=[0-9a-f]{64})$/;

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startHost(dataDir: string): Running {
  const child = spawn(process.execPath, [tsxCli, 'electron/web/main.ts', '--data', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, GALLEY_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitForUrl(host: Running): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const m = LINE.exec(host.stdout().trim());
    if (m) return m[1]!;
    if (host.child.exitCode !== null) throw new Error(`web host exited: ${host.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no URL line; stdout=${host.stdout()} stderr=${host.stderr()}`);
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'galley-webmain-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('web host CLI', () => {
  it('prints one URL line, holds the library lock, and releases it on SIGTERM', async () => {
    const first = startHost(dataDir);
    try {
      const url = await waitForUrl(first);
      expect(first.stdout().trim().split('\n')).toHaveLength(1);

      const noToken = await fetch(new URL('/api/getAppInfo', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(noToken.status).toBe(401);

      const second = startHost(dataDir);
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain(errorMessages.store_locked.zh);
      expect(second.stderr()).toContain(errorMessages.store_locked.en);
      expect(second.stdout()).toBe('');
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);

    const third = startHost(dataDir);
    try {
      await waitForUrl(third);
    } finally {
      third.child.kill('SIGINT');
    }
    expect(await third.exited).toBe(0);
  });

  it('exits 2 with a usage line on a bad argument', async () => {
    const host = spawn(process.execPath, [tsxCli, 'electron/web/main.ts', '--port', 'x'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    host.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => host.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/--port/);
  });
});
