// The HTTP status for each error code. The body is always the envelope; the status lets a
// plain HTTP client (curl, tests, proxies' logs) tell the kinds of failure apart. A Record
// over ErrorCode makes a new code a compile error here until it is given a status.
import type { ErrorCode } from '../../shared/errors';

const statusByCode: Record<ErrorCode, number> = {
  invalid_payload: 400,
  unknown_operation: 400,
  unauthorized: 401,
  not_found: 404,
  too_large: 413,
  // The library is held by another process or the document is in a state that forbids it.
  store_locked: 423,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  not_approved: 409,
  approve_needs_headline: 409,
  approve_blocked: 409,
  approve_conflicts: 409,
  stale_state: 409,
  // Well-formed requests the content does not allow.
  empty_file: 422,
  binary_file: 422,
  undecodable: 422,
  unreadable: 422,
  no_editor_name: 422,
  invalid_split: 422,
  invalid_merge: 422,
  invalid_boundary: 422,
  invalid_line: 422,
  invalid_swap: 422,
  reject_needs_reason: 422,
  invalid_regex: 422,
  regex_unsupported: 422,
  regex_too_long: 422,
  regex_too_complex: 422,
  // The server cannot store anything right now (RFC 4918's 507 Insufficient Storage).
  disk_full: 507,
  disk_read_only: 507,
  internal: 500,
};

export function statusForError(code: ErrorCode): number {
  return statusByCode[code] ?? 500;
}
