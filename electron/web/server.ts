// The web host: the same renderer and the same API as the Electron window, over a loopback
// HTTP server (node:http only). Used for the end-to-end tests and where Electron is not
// available. It exposes no path-based reads: files arrive as uploads through importFile.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../service/workspace';
import { handleApiRequest, sendError } from './api-route';
import { hostIsAllowed, originIsAllowed, tokenMatches } from './request-guards';
import { SECURITY_HEADERS } from './security-headers';
import { staticFiles } from './static-files';

export interface WebServerOptions {
  workspace: Workspace;
  /** The Vite build output, dist/renderer. */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
}

export interface WebServer {
  url: string;
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

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('hex');
  const files = staticFiles(opts.rendererDir, token);
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '';
    // Only origin-form targets ("/path"); absolute-form ("http://other/…") is a proxy request.
    if (!raw.startsWith('/')) {
      res.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
      return;
    }
    const pathname = raw.split(/[?#]/, 1)[0]!;
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    if (!hostIsAllowed(req, port)) return forbidden(res, isApi, 'host not allowed');
    if (!originIsAllowed(req, port)) return forbidden(res, isApi, 'origin not allowed');
    if (!isApi) return files.handle(req, res, pathname);
    if (!tokenMatches(req, token)) return sendError(res, 'unauthorized', 'missing or wrong X-Galley-Token', 401);
    return handleApiRequest(req, res, opts.workspace.service, pathname);
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
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
