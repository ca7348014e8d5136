// The renderer's origin under Electron: app://galley, served from dist/renderer and nothing else.
// A page on file:// could read any file the user can, and every file:// page shares one opaque
// origin; a standard scheme gives the app an origin of its own, so the CSP's 'self', the proof
// worker and fetch mean "the app's own files". Kept free of 'electron' so the handler can be
// tested as plain Node: main.ts registers the scheme and hands this handler to protocol.handle.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileAt, mimeFor, resolveInside } from './web/static-files';
import { SECURITY_HEADERS } from './web/security-headers';

export const APP_SCHEME = 'app';
export const APP_HOST = 'galley';
/** The only page the window loads, and the only URL whose IPC messages are trusted. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before 'ready'. `standard` gives the scheme real
 * origins and relative URLs, `secure` makes it a secure context, `supportFetchAPI` lets the page
 * fetch its own chunks. Deliberately absent: bypassCSP (our CSP must apply) and corsEnabled
 * (which would let other origins read these responses).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

export function rendererDir(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

/** What the handler reads of a request; Electron passes a full Request. */
export type AppRequest = Pick<Request, 'url' | 'method'>;

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

/**
 * The file a request path names inside `root` (a realpath), or null. Stricter than the web
 * host: no asset name holds an encoded separator or a `..` segment, so those are refused
 * outright instead of normalised; the symlink check then catches links out of the folder.
 */
async function fileFor(root: string, pathname: string): Promise<string | null> {
  if (/%(2f|5c|00)/i.test(pathname) || pathname.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const target = resolveInside(root, decoded === '/' ? '/index.html' : pathname);
  return target === null ? null : fileAt(target, root);
}

/** The protocol.handle handler for app://galley: GET and HEAD of files inside `dir`, with the app's CSP. */
export function appProtocolHandler(dir: string): (request: AppRequest) => Promise<Response> {
  let rootPromise: Promise<string> | null = null;
  const root = (): Promise<string> => (rootPromise ??= realpath(path.resolve(dir)));

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(404, 'Not found');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
      return plain(404, 'Not found');
    }
    let base: string;
    try {
      base = await root();
    } catch {
      // Not built yet: look again on the next request.
      rootPromise = null;
      return plain(503, 'The renderer has not been built. Run: npm run build:renderer');
    }
    const file = await fileFor(base, url.pathname);
    if (file === null) return plain(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      // Copied into a plain ArrayBuffer, which is what a Response body is typed to take.
      body = new Uint8Array(await readFile(file));
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeFor(file), 'Cache-Control': 'no-cache' },
    });
  };
}
