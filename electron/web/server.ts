// The web host: the same renderer and the same API as the Electron window, over a loopback
// HTTP server (node:http only). Used for the end-to-end tests and where Electron is not
// available. It exposes no path-based reads: files arrive as uploads through importFile.
// Access: see session.ts (one-time launch secret → session cookie + per-start API token).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../service/workspace';
import { handleApiRequest, sendError, uploadGate } from './api-route';
import { hostIsAllowed, originIsAllowed } from './request-guards';
import { SECURITY_HEADERS } from './security-headers';
import { createWebSession } from './session';
import { staticFiles } from './static-files';

export interface WebServerOptions {
  workspace: Workspace;
  /** The Vite build output, dist/renderer. */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
}

export interface WebServer {
  /** The origin's root, `http://127.0.0.1:<port>/`: grants nothing by itself. */
  url: string;
  /** The address to print and open: `url` plus the one-time launch secret. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

function forbidden(res: ServerResponse, isApi: boolean, why: string): void {
  if (isApi) {
    sendError(res, 'unauthorized', why, 403);
    return;
  }
  res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Forbidden');
}

// Shown to a browser that reaches the host without the launch address (or with a spent one).
// Both languages, because it is served before any setting could be read.
const LOCKED_PAGE = [
  'Galley',
  '',
  '请用 Galley 网页主机启动时打印的地址打开（“Galley web host: …”那一行）。该地址只能使用一次；如已用过，请重新启动主机。',
  'Open Galley with the address the web host printed when it started (the “Galley web host: …” line). That address works once; if it has been used, restart the host.',
  '',
].join('\n');

function locked(res: ServerResponse, head: boolean): void {
  res.writeHead(403, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(LOCKED_PAGE),
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : LOCKED_PAGE);
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const session = createWebSession();
  const files = staticFiles(opts.rendererDir);
  const uploads = uploadGate();
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '';
    // Only origin-form targets ("/path"); absolute-form ("http://other/…") is a proxy request.
    if (!raw.startsWith('/')) {
      res.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
      return;
    }
    const [pathname = '', query = ''] = raw.split('#', 1)[0]!.split(/\?(.*)/s, 2);
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    if (!hostIsAllowed(req, port)) return forbidden(res, isApi, 'host not allowed');
    if (!originIsAllowed(req, port)) return forbidden(res, isApi, 'origin not allowed');
    if (isApi) {
      if (!session.hasCookie(req) || !session.hasToken(req)) {
        return sendError(res, 'unauthorized', 'missing or wrong session cookie or X-Galley-Token', 401);
      }
      return handleApiRequest(req, res, opts.workspace.service, pathname, uploads);
    }
    const redeemed = session.redeem(new URLSearchParams(query));
    if (redeemed === 'spent') return locked(res, req.method === 'HEAD');
    if (redeemed !== null) {
      res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': redeemed.setCookie, Location: redeemed.location, 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (!session.hasCookie(req)) return locked(res, req.method === 'HEAD');
    return files.handle(req, res, pathname);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error('[galley] web host request failed:', err);
      if (!res.headersSent) sendError(res, 'internal');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: opts.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    launchUrl: `http://127.0.0.1:${port}${session.launchPath}`,
    token: session.token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
