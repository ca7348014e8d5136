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

// While the page is being left, requests are sent with keepalive so the last commit of typing
// outlives the page (sendBeacon cannot carry the token header). Keepalive bodies share a 64 KiB
// budget, so a larger body goes as a plain request, and one refused for the budget is sent again plainly.
const KEEPALIVE_MAX_BODY = 60_000;
const LEAVING_GRACE_MS = 1_000;
let leaving = false;
let leavingTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * The page may be about to go away (beforeunload, pagehide). If it stays after all (the unload
 * was cancelled, or it came back from the back/forward cache), requests go back to normal.
 */
export function markLeaving(): void {
  leaving = true;
  if (leavingTimer) clearTimeout(leavingTimer);
  leavingTimer = setTimeout(() => {
    leaving = false;
    leavingTimer = null;
  }, LEAVING_GRACE_MS);
}

const TOKEN_KEY = 'galley-token';

/**
 * The web host's per-start API token. It arrives once, in the fragment of the launch redirect
 * (`/#token=…`; a fragment is never sent to a server), and is kept in this origin's storage so a
 * reload or a second tab still has it; the address bar is cleaned at once. Storage is scoped to
 * scheme, host and port, unlike cookies, which is why the token is not a cookie too.
 */
function webToken(): string {
  const fromLaunch = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromLaunch) {
    try {
      localStorage.setItem(TOKEN_KEY, fromLaunch);
    } catch {
      // Storage refused (private mode quota): the token still works for this page's life.
    }
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromLaunch;
  }
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function httpTransport(): (name: OpName, args: unknown) => Promise<ApiResponse<unknown>> {
  const token = webToken();
  return async (name, args) => {
    const body = JSON.stringify(args ?? {});
    const init: RequestInit = { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token }, body };
    const keepalive = leaving && new TextEncoder().encode(body).length <= KEEPALIVE_MAX_BODY;
    const res = keepalive ? await fetch(`/api/${name}`, { ...init, keepalive }).catch(() => fetch(`/api/${name}`, init)) : await fetch(`/api/${name}`, init);
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
