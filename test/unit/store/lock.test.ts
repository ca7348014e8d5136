import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GalleyError } from '../../../shared/errors';
import { acquireLock } from '../../../electron/service/lock-file';
import { Store } from '../../../electron/service/store';
import { deadPid, freshDir, removeDir } from './fixtures';

let dir: string;
const opened: Store[] = [];
beforeEach(async () => {
  dir = await freshDir();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await removeDir(dir);
});

async function open(): Promise<Store> {
  const s = await Store.open(dir);
  opened.push(s);
  return s;
}

const lockFile = () => path.join(dir, 'galley.lock');

describe('the data folder lock', () => {
  it('holds the pid of the process that has the store open', async () => {
    await open();
    expect((await fs.readFile(lockFile(), 'utf8')).trim()).toBe(String(process.pid));
  });

  it('a second open of the same folder throws store_locked', async () => {
    await open();
    const err = await Store.open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GalleyError);
    expect((err as GalleyError).code).toBe('store_locked');
  });

  it('two opens at once: exactly one wins', async () => {
    const results = await Promise.allSettled([Store.open(dir), Store.open(dir)]);
    const won = results.filter((r): r is PromiseFulfilledResult<Store> => r.status === 'fulfilled');
    opened.push(...won.map((r) => r.value));
    expect(won).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'store_locked' } });
  });

  it('a lock held by another live process is respected', async () => {
    // The parent of this test runner is alive for as long as we are.
    await fs.writeFile(lockFile(), `${process.ppid}\n`);
    await expect(Store.open(dir)).rejects.toMatchObject({ code: 'store_locked' });
    expect((await fs.readFile(lockFile(), 'utf8')).trim()).toBe(String(process.ppid));
  });

  it('a stale lock (dead pid) is taken over', async () => {
    await fs.writeFile(lockFile(), `${await deadPid()}\n`);
    await open();
    expect((await fs.readFile(lockFile(), 'utf8')).trim()).toBe(String(process.pid));
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('galley.lock.'))).toEqual([]);
  });

  it('a lock with no pid in it (damaged) is taken over', async () => {
    await fs.writeFile(lockFile(), '');
    await open();
    expect((await fs.readFile(lockFile(), 'utf8')).trim()).toBe(String(process.pid));
  });

  it('a lock naming our own pid that we do not hold (left by an earlier process with our pid) is taken over', async () => {
    await fs.writeFile(lockFile(), `${process.pid}\n`);
    await open();
    await expect(Store.open(dir)).rejects.toMatchObject({ code: 'store_locked' });
  });

  it('close releases it', async () => {
    const s = await open();
    await s.close();
    await expect(fs.access(lockFile())).rejects.toMatchObject({ code: 'ENOENT' });
    const again = await open();
    expect(again.library().documents).toEqual([]);
  });

  it('release leaves a lock that another process has since taken', async () => {
    const lock = await acquireLock(lockFile());
    await fs.writeFile(lockFile(), `${process.ppid}\n`);
    await lock.release();
    expect((await fs.readFile(lockFile(), 'utf8')).trim()).toBe(String(process.ppid));
  });
});
