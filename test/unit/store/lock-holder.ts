// Another process that really holds a data folder's lock (lock-holder-child.ts), for tests that
// need a live Galley-like owner rather than a pid that merely exists.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const tsxCli = path.join(__dirname, '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Another process that really holds the lock (see lock-holder-child.ts). */
export async function lockHolder(file: string): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [tsxCli, path.join(__dirname, 'lock-holder-child.ts'), file], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  await new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('held') && ok());
    child.on('exit', (code) => fail(new Error(`lock holder exited ${code}: ${err}`)));
  });
  const lock = JSON.parse(await fs.readFile(file, 'utf8')) as { pid: number };
  return {
    pid: lock.pid,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin!.end();
      await exited;
    },
  };
}
