// One writer per data folder: a lock file holding the owner's pid. The file is created
// with its content already in place (written to a temp name, then hard-linked, which fails
// if the lock exists), so a crash can never leave an empty lock. A lock whose pid is dead is
// taken over under a short-lived second lock so two starters cannot both take it.
import { promises as fs } from 'node:fs';
import { GalleyError } from '../../shared/errors';

export interface FileLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Locks this process holds; a lock naming our own pid that is not here was left by an earlier process that had our pid. */
const heldHere = new Set<string>();

const errno = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number, lockPath: string): boolean {
  if (pid === process.pid) return heldHere.has(lockPath);
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return errno(err) === 'EPERM';
  }
}

/** The pid in a lock file, null if it names none, undefined if the file is gone. */
async function readOwner(lockPath: string): Promise<{ pid: number | null; text: string } | undefined> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return undefined;
    throw err;
  }
  const pid = /^\s*(\d+)\s*$/.test(text) ? Number(text.trim()) : null;
  return { pid: pid && pid > 0 ? pid : null, text };
}

let stagedSeq = 0;

/** Create `lockPath` holding our pid; false if it already exists. */
async function createWithPid(lockPath: string): Promise<boolean> {
  stagedSeq += 1;
  const staged = `${lockPath}.${process.pid}-${stagedSeq}.new`;
  await fs.writeFile(staged, `${process.pid}\n`, { flag: 'w' });
  try {
    await fs.link(staged, lockPath);
    return true;
  } catch (err) {
    if (errno(err) === 'EEXIST') return false;
    if (errno(err) !== 'EPERM' && errno(err) !== 'ENOTSUP' && errno(err) !== 'EXDEV') throw err;
    // No hard links on this filesystem: O_EXCL create, then write (a crash in between leaves an empty, i.e. stale, lock).
    try {
      await fs.writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
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
async function takeOver(lockPath: string, staleText: string): Promise<boolean> {
  const guard = `${lockPath}.takeover`;
  for (let i = 0; i < 100; i++) {
    if (await createWithPid(guard)) break;
    const guardOwner = await readOwner(guard);
    if (guardOwner && (guardOwner.pid === null || !isAlive(guardOwner.pid, guard))) {
      await fs.rm(guard, { force: true });
      continue;
    }
    await pause(10); // another process is taking over right now
    if (i === 99) return false;
  }
  try {
    const owner = await readOwner(lockPath);
    if (owner && owner.text !== staleText) return false;
    if (owner) await fs.rm(lockPath, { force: true });
    return await createWithPid(lockPath);
  } finally {
    await fs.rm(guard, { force: true });
  }
}

/** Take the folder's lock or throw GalleyError('store_locked') if a live process holds it. */
export async function acquireLock(lockPath: string): Promise<FileLock> {
  for (let attempt = 0; attempt < 10; attempt++) {
    if (heldHere.has(lockPath)) throw new GalleyError('store_locked', `pid ${process.pid}`);
    if (await createWithPid(lockPath)) return held(lockPath);
    const owner = await readOwner(lockPath);
    if (!owner) continue; // released between our two looks
    if (owner.pid !== null && isAlive(owner.pid, lockPath)) throw new GalleyError('store_locked', `pid ${owner.pid}`);
    if (await takeOver(lockPath, owner.text)) return held(lockPath);
  }
  throw new GalleyError('store_locked');
}

function held(lockPath: string): FileLock {
  heldHere.add(lockPath);
  let released = false;
  return {
    path: lockPath,
    async release() {
      if (released) return;
      released = true;
      heldHere.delete(lockPath);
      const owner = await readOwner(lockPath);
      // Only remove the lock if it is still ours.
      if (owner?.pid === process.pid) await fs.rm(lockPath, { force: true });
    },
  };
}
