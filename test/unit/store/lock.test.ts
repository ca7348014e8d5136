import { spawn } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GalleyError } from '../../../shared/errors';
import { acquireLock, LEASE_MS, processStartedAt } from '../../../electron/service/lock-file';
import { Store } from '../../../electron/service/store';
import { deadPid, freshDir, removeDir } from './fixtures';
import { lockHolder } from './lock-holder';

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
const readLock = async () => JSON.parse(await fs.readFile(lockFile(), 'utf8')) as Record<string, unknown>;
const writeLock = (record: Record<string, unknown>) => fs.writeFile(lockFile(), JSON.stringify(record));
const onLinux = process.platform === 'linux' && existsSync('/proc/self/stat');

/** Read independently of the code under test: the boot id and a pid's start in ticks since boot. */
async function linuxIdentity(pid: number): Promise<{ bootId: string; startTicks: number }> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  return { bootId: (await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim(), startTicks };
}

describe('the data folder lock', () => {
  it('names the process that has the store open: pid, host and start time', async () => {
    await open();
    const lock = await readLock();
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    const startedAt = lock['startedAt'] as number;
    expect(startedAt % 1000).toBe(0);
    expect(Math.abs(startedAt - (Date.now() - process.uptime() * 1000))).toBeLessThan(5000);
    if (onLinux) expect(startedAt).toBe(await processStartedAt(process.pid));
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

  it('a lock held by another live process is respected, and the refusal names the lock file and that process', async () => {
    const holder = await lockHolder(lockFile());
    try {
      const before = await fs.readFile(lockFile(), 'utf8');
      const err = await Store.open(dir).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'store_locked' });
      const detail = (err as GalleyError).detail ?? '';
      expect(detail).toContain(lockFile());
      expect(detail).toContain(`pid ${holder.pid}`);
      if (onLinux) expect(detail).toContain('lock-holder-child');
      expect(await fs.readFile(lockFile(), 'utf8')).toBe(before);
    } finally {
      await holder.stop();
    }
  });

  it.runIf(onLinux)('an old bare-pid lock naming a live process that is not Galley is taken over', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await fs.writeFile(lockFile(), `${other.pid}\n`);
      await open();
      expect((await readLock())['pid']).toBe(process.pid);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it.runIf(onLinux)('a lock whose live pid now runs another command than the one it recorded is taken over', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const identity = await linuxIdentity(other.pid!);
      const startedAt = await processStartedAt(other.pid!);
      // Same pid and start (as if the start could not tell), but the lock says it was Galley.
      await writeLock({ pid: other.pid, hostname: os.hostname(), startedAt, ...identity, command: '/opt/Galley/galley --data /x' });
      await open();
      expect((await readLock())['pid']).toBe(process.pid);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('a held lock renews its lease (the file time) while it is held, and stops when released', async () => {
    const lock = await acquireLock(lockFile(), { renewMs: 20 });
    const old = new Date(Date.now() - 3_600_000);
    await fs.utimes(lockFile(), old, old);
    await expect.poll(async () => (await fs.stat(lockFile())).mtimeMs, { timeout: 2000 }).toBeGreaterThan(Date.now() - 60_000);
    await lock.release();
    await expect(fs.access(lockFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a stale lock (dead pid) is taken over', async () => {
    await fs.writeFile(lockFile(), `${await deadPid()}\n`);
    await open();
    expect((await readLock())['pid']).toBe(process.pid);
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('galley.lock.'))).toEqual([]);
  });

  it('a lock with no pid in it (damaged) is taken over', async () => {
    await fs.writeFile(lockFile(), '');
    await open();
    expect((await readLock())['pid']).toBe(process.pid);
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

  it('a lock from another machine is not taken over while its lease is fresh, even if that pid is dead here', async () => {
    for (const pid of [process.ppid, await deadPid()]) {
      const record = { pid, hostname: `${os.hostname()}-elsewhere`, startedAt: 1_700_000_000_000 };
      await writeLock(record);
      const err = await Store.open(dir).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'store_locked' });
      expect((err as GalleyError).detail).toContain(`${os.hostname()}-elsewhere`);
      expect((err as GalleyError).detail).toContain(lockFile());
      expect((err as GalleyError).detail).toContain(`pid ${pid}`);
      expect(await readLock()).toEqual(record);
    }
  });

  it('a lock from another machine whose lease ran out (not renewed for longer than the lease) is taken over', async () => {
    await writeLock({ pid: 4242, hostname: `${os.hostname()}-elsewhere`, startedAt: 1_700_000_000_000 });
    const expired = new Date(Date.now() - LEASE_MS - 60_000);
    await fs.utimes(lockFile(), expired, expired);
    await open();
    expect(await readLock()).toMatchObject({ pid: process.pid, hostname: os.hostname() });
  });

  it('a lock from this host whose pid is dead is taken over', async () => {
    await writeLock({ pid: await deadPid(), hostname: os.hostname(), startedAt: Math.round(Date.now() / 1000) * 1000 });
    await open();
    expect(await readLock()).toMatchObject({ pid: process.pid, hostname: os.hostname() });
  });

  it('a live pid whose start time matches the lock is respected', async () => {
    const startedAt = await processStartedAt(process.ppid);
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt, ...(onLinux ? await linuxIdentity(process.ppid) : {}) });
    const err = await Store.open(dir).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store_locked' });
    expect((err as GalleyError).detail).toContain(`${lockFile()}: pid ${process.ppid}`);
  });

  it.runIf(onLinux)('a live pid that started at another time than the lock says is a reused pid: taken over', async () => {
    const actual = (await processStartedAt(process.ppid))!;
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt: actual - 3_600_000 });
    await open();
    expect((await readLock())['pid']).toBe(process.pid);
  });

  it.runIf(onLinux)('a live pid recorded in an earlier boot of this machine is taken over', async () => {
    const { startTicks } = await linuxIdentity(process.ppid);
    const startedAt = await processStartedAt(process.ppid);
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt, bootId: 'an-earlier-boot', startTicks });
    await open();
    expect((await readLock())['pid']).toBe(process.pid);
  });

  it.runIf(onLinux)('in the same boot, start ticks decide even when the wall-clock start looks right', async () => {
    const identity = await linuxIdentity(process.ppid);
    const startedAt = await processStartedAt(process.ppid);
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt, ...identity, startTicks: identity.startTicks + 1 });
    await open();
    expect((await readLock())['pid']).toBe(process.pid);
  });
});
