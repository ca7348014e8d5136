// The single entry both hosts (Electron IPC and the web server) use: validate the payload with
// the operation's zod schema, call the service, and wrap the outcome in the response envelope.
// A payload that fails validation never reaches the service.
import { api, isOpName, type ApiResponse, type ApiService, type OpName } from '../../shared/api';
import { GalleyError, isErrorCode, type ErrorCode } from '../../shared/errors';
import { storageError } from './storage-errors';

export async function dispatch(service: ApiService, name: string, payload: unknown): Promise<ApiResponse<unknown>> {
  if (!isOpName(name)) return { ok: false, error: { code: 'unknown_operation', detail: name.slice(0, 80) } };
  const parsed = api[name].args.safeParse(payload ?? {});
  if (!parsed.success) {
    const own = parsed.error.issues.map(galleyCodeOf).find((c) => c !== null);
    if (own) return { ok: false, error: { code: own } };
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: { code: 'invalid_payload', detail } };
  }
  try {
    const method = service[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await method.call(service, parsed.data) };
  } catch (err) {
    const known = err instanceof GalleyError ? err : storageError(err);
    if (known) {
      if (!(err instanceof GalleyError)) console.error(`[galley] ${name as OpName} refused:`, err);
      return { ok: false, error: known.detail ? { code: known.code, detail: known.detail } : { code: known.code } };
    }
    console.error(`[galley] ${name as OpName} failed:`, err);
    return { ok: false, error: { code: 'internal' } };
  }
}

/** The error code a schema issue stands for (see galleyIssue in shared/api.ts), if any. */
function galleyCodeOf(issue: object): ErrorCode | null {
  const params = 'params' in issue ? (issue.params as { galleyCode?: unknown } | undefined) : undefined;
  const code = params?.galleyCode;
  return isErrorCode(code) ? code : null;
}
