// One writer per data folder: a lock file naming its owner (pid, host, when that process
// started, which boot of the machine). The file is created with its content already in place
// (written to a temp name, then hard-linked, which fails if the lock exists), so a crash can
// never leave an empty lock. A lock whose owner is gone is taken over under a short-lived
// second lock so two starters cannot both take it.
//
// The library may live on a shared drive (GALLEY_DATA), so a lock can come from another
// machine: we cannot see its processes, so such a lock is never taken over. On this machine a
// pid alone is not enough either: after a reboot or pid wrap-around the recorded pid may
// belong to an unrelated process, so the owner's start time (and boot id) must match too.
// The lock also records the owner's command line: a live pid running another command, or (for
// an old lock that records nothing) one that is not Galley at all, is not the owner.
// Another machine's lock is a lease: its holder renews the file's time every LEASE_RENEW_MS, and
// one not renewed for LEASE_MS is taken over (its owner crashed, or lost the shared drive).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { GalleyError } from '../../shared/errors';
import { PRIVATE_FILE_MODE } from './private-files';

export interface FileLock {
  readonly path: string;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How often the holder renews its lease (ms). */
  renewMs?: number;
  /** How long another machine's lock stays valid without renewal (ms). */
  leaseMs?: number;
}

export const LEASE_RENEW_MS = 30_000;
export const LEASE_MS = 5 * 60_000;

/** What a lock file says about its owner. Old locks hold only a pid; they are read as this host's. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** Epoch ms (whole seconds) at which the owning process started, if recorded. */
  startedAt: number | null;
  /** Linux boot id of the owner's machine, if recorded. */
  bootId: string | null;
  /** Linux start time of the owner in clock ticks since boot: immune to wall-clock steps. */
  startTicks: number | null;
  /** The owner's command line (arguments joined by spaces), if recorded. */
  command: string | null;
}

/** Locks this process holds; a lock naming our own pid that is not here was left by an earlier process that had our pid. */
const heldHere = new Set<string>();

const errno = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Linux reports start times in USER_HZ ticks, which the kernel fixes at 100 for user space.
const TICKS_PER_SECOND = 100;
// startedAt is rounded to seconds and btime is whole seconds, so allow a little slack.
const START_SLACK_MS = 2000;

async function readText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
}

async function bootId(): Promise<string | null> {
  return (await readText('/proc/sys/kernel/random/boot_id'))?.trim() || null;
}

/** A process's start on Linux: ticks since boot and epoch ms; null where /proc is not available or the pid is gone. */
async function linuxStart(pid: number | 'self'): Promise<{ ticks: number; ms: number } | null> {
  const [stat, sys] = await Promise.all([readText(`/proc/${pid}/stat`), readText('/proc/stat')]);
  if (stat === null || sys === null) return null;
  // The command name (field 2) is in parentheses and may itself contain spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]); // field 22, starttime
  const btime = Number(/^btime (\d+)$/m.exec(sys)?.[1]);
  if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return null;
  return { ticks, ms: btime * 1000 + (ticks * 1000) / TICKS_PER_SECOND };
}

const toSeconds = (ms: number) => Math.round(ms / 1000) * 1000;

const MAX_COMMAND = 500;

/** A process's command line on Linux (arguments joined by spaces), or null where /proc cannot tell. */
async function commandLine(pid: number | 'self'): Promise<string | null> {
  const raw = await readText(`/proc/${pid}/cmdline`);
  if (raw === null || raw === '') return null;
  return raw.replace(/\0+$/, '').split('\0').join(' ').slice(0, MAX_COMMAND);
}

/** Whether a command line looks like Galley: the desktop app (Electron, or the packaged `galley`) or the web host. */
export function looksLikeGalley(command: string): boolean {
  return /galley|electron/i.test(command);
}

/** When `pid` started (epoch ms, whole seconds), or null where this platform cannot tell. */
export async function processStartedAt(pid: number): Promise<number | null> {
  const start = await linuxStart(pid);
  return start ? toSeconds(start.ms) : null;
}

let selfCache: Promise<LockOwner> | null = null;
function self(): Promise<LockOwner> {
  selfCache ??= (async () => {
    const start = await linuxStart('self');
    return {
      pid: process.pid,
      hostname: os.hostname(),
      // The same /proc reading a later checker will make, so the two agree; elsewhere, our own clock.
      startedAt: toSeconds(start ? start.ms : Date.now() - process.uptime() * 1000),
      bootId: await bootId(),
      startTicks: start?.ticks ?? null,
      command: (await commandLine('self')) ?? [process.execPath, ...process.argv.slice(1)].join(' ').slice(0, MAX_COMMAND),
    };
  })();
  return selfCache;
}

async function lockText(): Promise<string> {
  const me = await self();
  const record: Record<string, unknown> = { pid: me.pid, hostname: me.hostname, startedAt: me.startedAt };
  if (me.bootId) record['bootId'] = me.bootId;
  if (me.startTicks !== null) record['startTicks'] = me.startTicks;
  if (me.command) record['command'] = me.command;
  return `${JSON.stringify(record)}\n`;
}

/** Read a lock's text: an old bare pid, or our JSON record. Null if it names no owner (damaged). */
export function parseLock(text: string, localHost: string): LockOwner | null {
  if (/^\s*\d+\s*$/.test(text)) {
    const pid = Number(text.trim());
    return pid > 0 ? { pid, hostname: localHost, startedAt: null, bootId: null, startTicks: null, command: null } : null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  const pid = r['pid'];
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    pid,
    hostname: typeof r['hostname'] === 'string' && r['hostname'] !== '' ? r['hostname'] : localHost,
    startedAt: num(r['startedAt']),
    bootId: typeof r['bootId'] === 'string' && r['bootId'] !== '' ? r['bootId'] : null,
    startTicks: num(r['startTicks']),
    command: typeof r['command'] === 'string' && r['command'] !== '' ? r['command'].slice(0, MAX_COMMAND) : null,
  };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return errno(err) === 'EPERM';
  }
}

type Verdict = { held: true; detail: string } | { held: false };

/** What the editor is told about a lock's owner: the lock file, the pid, what it runs, where and since when. */
export function describeOwner(owner: LockOwner, lockPath: string, command: string | null): string {
  const parts = [`${lockPath}: pid ${owner.pid}`];
  const cmd = command ?? owner.command;
  // The program and the end of its arguments say most (tsx and Electron put long flags in between).
  if (cmd) parts.push(`(${cmd.length > 160 ? `${cmd.slice(0, 40)}…${cmd.slice(-110)}` : cmd})`);
  parts.push(`on host ${owner.hostname}`);
  if (owner.startedAt !== null) parts.push(`since ${new Date(owner.startedAt).toISOString()}`);
  return parts.join(' ');
}

async function modifiedAt(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

/** Whether the owner a lock names still holds it. */
async function judge(owner: LockOwner, lockPath: string, leaseMs: number): Promise<Verdict> {
  const me = await self();
  if (owner.hostname !== me.hostname) {
    // Another machine's processes are invisible from here; its lease (the file's time, renewed while it runs) is what we can see.
    const renewed = await modifiedAt(lockPath);
    if (renewed !== null && Date.now() - renewed > leaseMs) return { held: false };
    return { held: true, detail: describeOwner(owner, lockPath, null) };
  }
  if (owner.pid === process.pid) return heldHere.has(lockPath) ? { held: true, detail: describeOwner(owner, lockPath, null) } : { held: false };
  if (!pidExists(owner.pid)) return { held: false };
  // The pid is in use; is it still the process that wrote the lock?
  if (owner.bootId && me.bootId && owner.bootId !== me.bootId) return { held: false };
  const [actual, command] = await Promise.all([linuxStart(owner.pid), commandLine(owner.pid)]);
  const detail = describeOwner(owner, lockPath, command);
  if (command !== null) {
    if (owner.command !== null && owner.command !== command) return { held: false };
    // An old lock records neither command nor start: a live pid that is not Galley cannot be its owner.
    if (owner.command === null && owner.startedAt === null && owner.startTicks === null && !looksLikeGalley(command)) return { held: false };
  }
  if (!actual) return { held: true, detail }; // cannot tell here, or it exited just now: assume held
  if (owner.startTicks !== null && owner.bootId && owner.bootId === me.bootId) {
    return owner.startTicks === actual.ticks ? { held: true, detail } : { held: false };
  }
  if (owner.startedAt !== null && Math.abs(toSeconds(actual.ms) - owner.startedAt) > START_SLACK_MS) return { held: false };
  return { held: true, detail };
}

/** The lock file's owner (null if it names none) and text, or undefined if the file is gone. */
async function readOwner(lockPath: string): Promise<{ owner: LockOwner | null; text: string } | undefined> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return undefined;
    throw err;
  }
  return { owner: parseLock(text, (await self()).hostname), text };
}

let stagedSeq = 0;

/** Create `lockPath` holding our record; false if it already exists. */
async function createOurs(lockPath: string): Promise<boolean> {
  stagedSeq += 1;
  const staged = `${lockPath}.${process.pid}-${stagedSeq}.new`;
  const text = await lockText();
  await fs.writeFile(staged, text, { flag: 'w', mode: PRIVATE_FILE_MODE });
  try {
    await fs.link(staged, lockPath);
    return true;
  } catch (err) {
    if (errno(err) === 'EEXIST') return false;
    if (errno(err) !== 'EPERM' && errno(err) !== 'ENOTSUP' && errno(err) !== 'EXDEV') throw err;
    // No hard links on this filesystem: O_EXCL create, then write (a crash in between leaves an empty, i.e. stale, lock).
    try {
      await fs.writeFile(lockPath, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return true;
    } catch (exclErr) {
      if (errno(exclErr) === 'EEXIST') return false;
      throw exclErr;
    }
  } finally {
    await fs.rm(staged, { force: true });
  }
}

/** Replace a dead owner's lock with ours, if it still is the same dead lock. Returns false if someone else got there first. */
async function takeOver(lockPath: string, staleText: string, leaseMs: number): Promise<boolean> {
  const guard = `${lockPath}.takeover`;
  for (let i = 0; i < 100; i++) {
    if (await createOurs(guard)) break;
    const guardOwner = await readOwner(guard);
    if (guardOwner && (guardOwner.owner === null || !(await judge(guardOwner.owner, guard, leaseMs)).held)) {
      await fs.rm(guard, { force: true });
      continue;
    }
    await pause(10); // another process is taking over right now
    if (i === 99) return false;
  }
  try {
    const current = await readOwner(lockPath);
    if (current && current.text !== staleText) return false;
    if (current) await fs.rm(lockPath, { force: true });
    return await createOurs(lockPath);
  } finally {
    await fs.rm(guard, { force: true });
  }
}

/** Take the folder's lock or throw GalleyError('store_locked') if a live process (or another machine) holds it. */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<FileLock> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const renewMs = options.renewMs ?? LEASE_RENEW_MS;
  let detail: string | undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    if (heldHere.has(lockPath)) throw new GalleyError('store_locked', describeOwner(await self(), lockPath, null));
    if (await createOurs(lockPath)) return held(lockPath, renewMs);
    const current = await readOwner(lockPath);
    if (!current) continue; // released between our two looks
    if (current.owner) {
      const verdict = await judge(current.owner, lockPath, leaseMs);
      if (verdict.held) throw new GalleyError('store_locked', verdict.detail);
    }
    if (await takeOver(lockPath, current.text, leaseMs)) return held(lockPath, renewMs);
    detail = current.owner ? describeOwner(current.owner, lockPath, null) : lockPath;
  }
  throw new GalleyError('store_locked', detail);
}

function held(lockPath: string, renewMs: number): FileLock {
  heldHere.add(lockPath);
  let released = false;
  // The lease: the file's time says we are still here (to another machine sharing the drive).
  const renew = setInterval(() => {
    const now = new Date();
    fs.utimes(lockPath, now, now).catch(() => undefined);
  }, renewMs);
  renew.unref();
  return {
    path: lockPath,
    async release() {
      if (released) return;
      released = true;
      clearInterval(renew);
      heldHere.delete(lockPath);
      const current = await readOwner(lockPath);
      // Only remove the lock if it is still ours.
      if (current && current.text === (await lockText())) await fs.rm(lockPath, { force: true });
    },
  };
}
