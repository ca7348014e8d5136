// The renderer's client: window.galley (the preload bridge) under Electron, HTTP under the web host.
// Both answer with the same envelope; errors become ApiError carrying the shared error code.
import { opNames, type ApiClient, type ApiResponse, type OpName } from '../shared/api';
import type { GalleyBridge, HostEvent } from '../shared/bridge';
import { isErrorCode, type ErrorCode } from '../shared/errors';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

declare global {
  interface Window {
    galley?: GalleyBridge;
  }
}

function unwrap<R>(res: ApiResponse<R>): R {
  if (res.ok) return res.value;
  throw new ApiError(isErrorCode(res.error.code) ? res.error.code : 'internal', res.error.detail);
}

function httpTransport(): (name: OpName, args: unknown) => Promise<ApiResponse<unknown>> {
  const token = document.querySelector<HTMLMetaElement>('meta[name="galley-token"]')?.content ?? '';
  return async (name, args) => {
    const res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
      body: JSON.stringify(args ?? {}),
    });
    return (await res.json()) as ApiResponse<unknown>;
  };
}

function makeClient(): ApiClient {
  const bridge = window.galley;
  const call = bridge
    ? (name: OpName, args: unknown) => (bridge[name] as (a: unknown) => Promise<ApiResponse<unknown>>)(args)
    : httpTransport();
  return Object.fromEntries(opNames.map((name) => [name, async (args: unknown) => unwrap(await call(name, args))])) as ApiClient;
}

export const api: ApiClient = makeClient();
export const hostKind: 'electron' | 'web' = window.galley ? 'electron' : 'web';

/** Menu commands and files opened from the native menu (Electron only). */
export function onHostEvent(cb: (e: HostEvent) => void): () => void {
  return window.galley ? window.galley.onEvent(cb) : () => undefined;
}
