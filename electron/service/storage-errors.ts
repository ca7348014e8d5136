// A write that fails for a reason the editor can act on says so. Every store write is
// all-or-nothing (durable-file.ts, and the workspace keeps no change whose write failed), so
// these messages can promise that nothing was changed.
import { GalleyError, type ErrorCode } from '../../shared/errors';

const BY_ERRNO: Readonly<Record<string, ErrorCode>> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EROFS: 'disk_read_only',
};

/** The GalleyError an operating-system error stands for, or null when it is not one the editor can act on. */
export function storageError(err: unknown): GalleyError | null {
  const errno = (err as NodeJS.ErrnoException | null)?.code;
  const code = typeof errno === 'string' ? BY_ERRNO[errno] : undefined;
  if (!code) return null;
  const file = (err as NodeJS.ErrnoException).path;
  return new GalleyError(code, file ? `${errno}: ${file}` : errno);
}
