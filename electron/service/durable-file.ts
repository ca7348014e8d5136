// Crash-safe file replacement. A rename alone is atomic but not durable: after a power cut
// the journal may hold the rename while the data blocks never reached the disk, leaving an
// empty file. So: write a temp file, fsync it, keep the current generation as `.bak`,
// rename the temp file over the target, and fsync the folder so the renames are on disk.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from './private-files';

let tempSeq = 0;

/** Temp names carry the pid and a counter so concurrent writers never share one. */
function tempName(target: string): string {
  tempSeq += 1;
  return `${target}.${process.pid}-${tempSeq}.tmp`;
}

/** Matches the names `tempName` makes, so a later session can sweep what a crash left. */
export const TEMP_FILE_PATTERN = /\.\d+-\d+\.tmp$/;

export const backupPath = (target: string): string => `${target}.bak`;

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/** Directory fsync makes renames durable on POSIX; Windows cannot open a folder for it (and NTFS journals renames). */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (err) {
    // Some filesystems (e.g. certain network mounts) refuse fsync on a folder; nothing more can be done there.
    if (errno(err) !== 'EINVAL' && errno(err) !== 'ENOTSUP') throw err;
  } finally {
    await handle.close();
  }
}

async function writeSynced(file: string, content: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
}

/**
 * Point `.bak` at the current generation without ever leaving the folder without a `.bak`:
 * hard-link it under a temp name, then rename that over the old `.bak`.
 */
async function keepBackup(target: string): Promise<void> {
  const bak = backupPath(target);
  const staged = tempName(bak);
  try {
    await fs.link(target, staged);
  } catch (err) {
    if (errno(err) === 'ENOENT') return; // first generation: nothing to keep
    // Filesystems without hard links (FAT, some network shares) get a synced copy instead.
    await removeQuietly(staged);
    try {
      await writeSynced(staged, await fs.readFile(target));
    } catch (copyErr) {
      await removeQuietly(staged);
      if (errno(copyErr) === 'ENOENT') return;
      throw copyErr;
    }
  }
  try {
    await fs.rename(staged, bak);
  } finally {
    // rename() is a no-op when both names already link the same file (the backup is already
    // this generation), which would leave the staged name behind.
    await removeQuietly(staged);
  }
}

/** Replace `target` with `content` atomically and durably, keeping the previous generation as `target.bak`. */
export async function writeFileDurable(target: string, content: string | Uint8Array): Promise<void> {
  const temp = tempName(target);
  try {
    await writeSynced(temp, content);
    await keepBackup(target);
    await fs.rename(temp, target);
  } catch (err) {
    await removeQuietly(temp);
    throw err;
  }
  await fsyncDir(path.dirname(target));
}

/** Remove a file and its backup durably. The backup goes first so an interrupted delete cannot resurrect the file from it. */
export async function removeDurable(target: string): Promise<void> {
  await fs.rm(backupPath(target), { force: true });
  await fs.rm(target, { force: true });
  await fsyncDir(path.dirname(target));
}

export type RawRead = { kind: 'absent' } | { kind: 'text'; text: string };

export async function readIfPresent(file: string): Promise<RawRead> {
  try {
    return { kind: 'text', text: await fs.readFile(file, 'utf8') };
  } catch (err) {
    if (errno(err) === 'ENOENT') return { kind: 'absent' };
    throw err;
  }
}

/** `<dir>/<name>.corrupt-<ISO time, colons replaced>.json` (a counter is added if that name is taken). */
export function corruptName(file: string, at: Date, attempt = 0): string {
  const dir = path.dirname(file);
  const stem = path.basename(file).replace(/\.json(\.bak)?$/, (_m, bak: string | undefined) => (bak ? '.bak' : ''));
  const stamp = at.toISOString().replace(/:/g, '-');
  return path.join(dir, `${stem}.corrupt-${stamp}${attempt ? `-${attempt}` : ''}.json`);
}

/** Move an unreadable file out of the way without overwriting anything already set aside. */
export async function moveAside(file: string, at: Date): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const dest = corruptName(file, at, attempt);
    try {
      // link + unlink rather than rename: link refuses to overwrite an existing file.
      await fs.link(file, dest);
    } catch (err) {
      if (errno(err) === 'EEXIST') continue;
      if (errno(err) === 'ENOENT') throw err;
      // No hard links here: fall back to rename after checking the name is free.
      const taken = await fs.access(dest).then(
        () => true,
        () => false,
      );
      if (taken) continue;
      await fs.rename(file, dest);
      await fsyncDir(path.dirname(file));
      return dest;
    }
    await fs.rm(file);
    await fsyncDir(path.dirname(file));
    return dest;
  }
}

/** Delete temp files a crashed writer left behind. Only safe while holding the folder's lock. */
export async function sweepTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if (errno(err) === 'ENOENT') return;
    throw err;
  }
  await Promise.all(names.filter((n) => TEMP_FILE_PATTERN.test(n)).map((n) => removeQuietly(path.join(dir, n))));
}
