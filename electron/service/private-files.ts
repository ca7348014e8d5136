// The library is one editor's work: other accounts on the machine must not read it. Folders are
// created 0700 and files 0600 explicitly (not left to the umask, which is usually 022 and gives
// 0755/0644). On Windows these modes are ignored; the profile folder's ACL already is per user.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `dir` (and missing parents) owner-only, and tightens it if it already exists: a data
 * folder made by an earlier version was world-readable. Only the folder itself is chmod-ed: with
 * no search permission on it, nothing inside can be reached by other accounts.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform === 'win32') return;
  const info = await fs.stat(dir);
  if ((info.mode & 0o077) !== 0 && info.uid === process.getuid?.()) await fs.chmod(dir, info.mode & ~0o077 & 0o7777);
}

/** `dir` and each folder in `subdirs` below it, all owner-only. */
export async function ensurePrivateTree(dir: string, subdirs: readonly string[]): Promise<void> {
  await ensurePrivateDir(dir);
  for (const sub of subdirs) await ensurePrivateDir(path.join(dir, sub));
}
