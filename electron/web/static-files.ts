// Serves the Vite build of the renderer. Every path is decoded, resolved against the real
// renderer folder and refused unless it stays inside it, so `..`, `%2e%2e`, encoded slashes
// and symlinks cannot reach the rest of the disk. Unknown routes without a file extension get
// index.html (the renderer routes on the client). Nothing served here carries a secret:
// the API token reaches the page only through the launch redirect (session.ts).
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './security-headers';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function sendPlain(res: ServerResponse, status: number, text: string, head: boolean): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : text);
}

/**
 * Maps a request path to a file inside `root` (already a realpath), or null when the path is
 * malformed or would leave the folder.
 */
export function resolveInside(root: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Treat backslashes as separators everywhere so a Windows-style `..\` is normalised too.
  const relative = decoded.replace(/\\/g, '/').replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : null;
}

/** `file`, followed through symlinks, if it is a regular file that stays inside `root` (a realpath). */
export async function fileAt(file: string, root: string): Promise<string | null> {
  try {
    const real = await realpath(file);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export interface StaticFiles {
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
}

export function staticFiles(rendererDir: string): StaticFiles {
  let rootPromise: Promise<string> | null = null;
  // Resolved lazily so the server can start before the renderer has been built.
  const root = (): Promise<string> => (rootPromise ??= realpath(path.resolve(rendererDir)).catch(() => path.resolve(rendererDir)));

  async function sendIndex(res: ServerResponse, base: string, head: boolean): Promise<void> {
    let body: string;
    try {
      body = await readFile(path.join(base, 'index.html'), 'utf8');
    } catch {
      rootPromise = null;
      sendPlain(res, 503, 'The renderer has not been built. Run: npm run build:renderer', head);
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(head ? undefined : body);
  }

  return {
    async handle(req, res, pathname) {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) {
        res.setHeader('Allow', 'GET, HEAD');
        sendPlain(res, 405, 'Method not allowed', false);
        return;
      }
      const base = await root();
      const target = resolveInside(base, pathname);
      if (target === null) {
        sendPlain(res, 404, 'Not found', head);
        return;
      }
      if (target === base || target === path.join(base, 'index.html')) {
        await sendIndex(res, base, head);
        return;
      }
      const file = await fileAt(target, base);
      if (file === null) {
        // Client-side routes have no extension; a missing asset is a real 404.
        if (path.extname(target) === '') await sendIndex(res, base, head);
        else sendPlain(res, 404, 'Not found', head);
        return;
      }
      const info = await stat(file);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': mimeFor(file),
        'Content-Length': info.size,
        // Vite puts a content hash in every asset name, so those never change.
        'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (head) {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    },
  };
}
