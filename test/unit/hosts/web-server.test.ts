import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GalleyError } from '../../../shared/errors';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { fakeWorkspace } from './fake-workspace';
import { rawRequest } from './http-client';

const SECRET = 'outside-the-renderer-folder-7c1e';
const INDEX = '<!doctype html><html><head><meta charset="utf-8">\n<title>Galley</title></head><body><div id="root"></div></body></html>';

let tmp: string;
let server: WebServer;
let port: number;
/** The session cookie (`galley_session=…`) the launch address traded for. */
let cookie: string;
let fake: ReturnType<typeof fakeWorkspace>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'galley-web-'));
  const renderer = path.join(tmp, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), INDEX);
  await writeFile(path.join(renderer, 'assets', 'app-1a2b.js'), 'console.log("app")');
  await writeFile(path.join(renderer, 'style.css'), 'body{}');
  await writeFile(path.join(tmp, 'package.json'), JSON.stringify({ secret: SECRET }));
  await writeFile(path.join(tmp, 'secret.txt'), SECRET);
  if (process.platform !== 'win32') await symlink(path.join(tmp, 'secret.txt'), path.join(renderer, 'link.txt'));
  fake = fakeWorkspace();
  server = await startWebServer({ workspace: fake.workspace, rendererDir: renderer, port: 0 });
  port = Number(new URL(server.url).port);
  cookie = await redeem(server);
});

/** Follows the launch address once, as the browser does, and returns the session cookie it sets. */
async function redeem(s: WebServer): Promise<string> {
  const launch = new URL(s.launchUrl);
  const res = await rawRequest(Number(launch.port), { path: launch.pathname + launch.search });
  expect(res.status).toBe(303);
  const set = res.headers['set-cookie'];
  return (Array.isArray(set) ? set[0]! : String(set)).split(';', 1)[0]!;
}

/** A request from the browser that opened the launch address (it has the cookie). */
function asUser(opts: Parameters<typeof rawRequest>[1]) {
  return rawRequest(port, { ...opts, headers: { cookie, ...opts.headers } });
}

afterAll(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  for (const spy of Object.values(fake.service)) spy.mockClear();
});

function api(name: string, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', 'x-galley-token': server.token, cookie, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('web host: startup', () => {
  it('listens on loopback with a fresh 256-bit token each start', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    const other = await startWebServer({ workspace: fake.workspace, rendererDir: tmp, port: 0 });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.url).not.toBe(server.url);
    } finally {
      await other.close();
    }
  });
});

describe('web host: API guards', () => {
  it('refuses a call without the token (401) and never reaches the service', async () => {
    const res = await rawRequest(port, {
      method: 'POST',
      path: '/api/listDocuments',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(fake.calls()).toBe(0);
  });

  it('refuses a wrong token of the same length', async () => {
    const wrong = server.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const res = await api('listDocuments', {}, { 'x-galley-token': wrong });
    expect(res.status).toBe(401);
    expect(fake.calls()).toBe(0);
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1:1', '127.0.0.1', 'LOCALHOST.evil.example:PORT'])(
    'refuses Host %s (DNS rebinding) with 403 even with the token',
    async (host) => {
      const res = await api('listDocuments', {}, { host: host.replace('PORT', String(port)) });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const page = await rawRequest(port, { path: '/', headers: { host: 'evil.example' } });
      expect(page.status).toBe(403);
      expect(page.body).not.toContain(server.token);
      expect(fake.calls()).toBe(0);
    },
  );

  it('accepts localhost:<port> as Host', async () => {
    const res = await api('listDocuments', {}, { host: `localhost:${port}` });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Origin (CSRF) with 403 and accepts its own', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, 'null', `https://127.0.0.1:${port}`]) {
      const res = await api('listDocuments', {}, { origin });
      expect(res.status, origin).toBe(403);
    }
    expect(fake.calls()).toBe(0);
    const own = await api('listDocuments', {}, { origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
    expect(fake.service.listDocuments).toHaveBeenCalledTimes(1);
  });

  it('accepts only application/json bodies (415 otherwise)', async () => {
    const res = await api('listDocuments', '{}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const withCharset = await api('listDocuments', '{}', { 'content-type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(200);
  });

  it('only answers POST on the API', async () => {
    const res = await asUser({ path: '/api/listDocuments', headers: { 'x-galley-token': server.token } });
    expect(res.status).toBe(405);
    expect(fake.calls()).toBe(0);
  });

  it('refuses absolute-form request targets', async () => {
    const res = await rawRequest(port, { path: 'http://evil.example/api/listDocuments' });
    expect(res.status).toBe(400);
  });
});

describe('web host: payload validation goes through dispatch', () => {
  it.each([
    ['importFile', { name: 42, base64: '' }],
    ['importFile', { name: 'a.txt', base64: 'eA==', path: '/etc/passwd' }],
    ['openDocument', { docId: '../x' }],
    ['openDocument', {}],
    ['splitStory', { docId: 'd1', storyId: 's1', atLine: 0 }],
  ])('%s %j → 400 invalid_payload, service untouched', async (name, args) => {
    const res = await api(name, args);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(fake.calls()).toBe(0);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await api('listDocuments', '{not json');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('invalid_payload');
    expect(fake.calls()).toBe(0);
  });

  it('answers an unknown operation with 400 unknown_operation', async () => {
    const res = await api('deleteEverything', {});
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('unknown_operation');
    const proto = await api('__proto__', {});
    expect(proto.status).not.toBe(200);
    expect(fake.calls()).toBe(0);
  });

  it('returns the envelope of a valid call, with the parsed (defaulted) arguments', async () => {
    const res = await api('openDocument', { docId: 'doc_1' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { echoed: 'openDocument', args: { docId: 'doc_1' } } });
    expect(fake.service.openDocument).toHaveBeenCalledWith({ docId: 'doc_1' });

    const tag = { type: 'place', value: 'lishui', label: '丽水' };
    await api('updateTags', { docId: 'doc_1', storyIds: ['s1'], add: [tag] });
    expect(fake.service.updateTags).toHaveBeenCalledWith({ docId: 'doc_1', storyIds: ['s1'], add: [tag], remove: [] });
  });

  it('maps service errors to their code and an HTTP status', async () => {
    fake.service.openDocument.mockRejectedValueOnce(new GalleyError('not_found', 'doc_9'));
    const missing = await api('openDocument', { docId: 'doc_9' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ ok: false, error: { code: 'not_found', detail: 'doc_9' } });

    fake.service.undo.mockRejectedValueOnce(new GalleyError('nothing_to_undo'));
    const undo = await api('undo', { docId: 'doc_9' });
    expect(undo.status).toBe(409);
    expect(JSON.parse(undo.body)).toEqual({ ok: false, error: { code: 'nothing_to_undo' } });

    const quiet = console.error;
    console.error = () => undefined;
    try {
      fake.service.listDocuments.mockRejectedValueOnce(new Error('disk on fire'));
      const crash = await api('listDocuments', {});
      expect(crash.status).toBe(500);
      expect(JSON.parse(crash.body)).toEqual({ ok: false, error: { code: 'internal' } });
      expect(crash.body).not.toContain('disk on fire');
    } finally {
      console.error = quiet;
    }
  });

  it('refuses a body over the 72 MB limit with 413 without calling the service', async () => {
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/importFile',
          agent: false,
          headers: {
            host: `127.0.0.1:${port}`,
            'content-type': 'application/json',
            'x-galley-token': server.token,
            cookie,
            'content-length': String(73 * 1024 * 1024),
          },
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
      });
      req.write('{"name":"big.txt","base64":"');
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(fake.calls()).toBe(0);
  });

  it('refuses a chunked body that grows past the limit', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/importFile',
          agent: false,
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-galley-token': server.token, cookie },
        },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
      });
      const chunk = Buffer.alloc(8 * 1024 * 1024, 0x41);
      let sent = 0;
      const pump = (): void => {
        while (sent < 80 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(res).toBe(413);
    expect(fake.calls()).toBe(0);
  });
});

describe('web host: static files', () => {
  it('serves index.html without any secret in it, a strict CSP and no caching', async () => {
    const res = await asUser({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<div id="root">');
    expect(res.body).not.toContain(server.token);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    const direct = await asUser({ path: '/index.html' });
    expect(direct.status).toBe(200);
    expect(direct.body).not.toContain(server.token);
  });

  it('serves assets with their MIME types', async () => {
    const js = await asUser({ path: '/assets/app-1a2b.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("app")');
    const css = await asUser({ path: '/style.css?v=1' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await asUser({ method: 'HEAD', path: '/style.css' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('falls back to index.html for client routes but 404s a missing asset', async () => {
    const route = await asUser({ path: '/documents/doc_1' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<div id="root">');
    const missing = await asUser({ path: '/assets/missing.js' });
    expect(missing.status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/package.json',
    '/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fpackage.json',
    '/..%5csecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/link.txt',
    '/secret.txt%00.js',
  ])('does not escape the renderer folder: %s', async (p) => {
    const res = await asUser({ path: p });
    expect(res.body).not.toContain(SECRET);
    if (res.status === 200) expect(res.body).toContain('<div id="root">');
  });

  it('refuses methods other than GET/HEAD on static paths', async () => {
    const res = await asUser({ method: 'PUT', path: '/index.html', body: 'x' });
    expect(res.status).toBe(405);
  });
});

describe('web host: access only through the launch address', () => {
  it('prints a launch address whose one-time secret is not the API token', () => {
    const launch = new URL(server.launchUrl);
    expect(launch.origin + '/').toBe(server.url);
    expect(launch.searchParams.get('k')).toMatch(/^[0-9a-f]{64}$/);
    expect(launch.searchParams.get('k')).not.toBe(server.token);
  });

  it.each(['/', '/index.html', '/documents/doc_1', '/assets/app-1a2b.js', '/style.css'])(
    'serves nothing at %s to a client without the session cookie',
    async (p) => {
      const res = await rawRequest(port, { path: p });
      expect(res.status).toBe(403);
      expect(res.body).not.toContain(server.token);
      expect(res.body).not.toContain('<div id="root">');
      expect(res.body).not.toContain('console.log');
      expect(res.headers['set-cookie']).toBeUndefined();
    },
  );

  it('says in both languages how to get in', async () => {
    const res = await rawRequest(port, { path: '/' });
    expect(res.body).toContain('请用 Galley 网页主机启动时打印的地址打开');
    expect(res.body).toContain('Open Galley with the address the web host printed');
  });

  it('trades the secret once for an HttpOnly, SameSite=Strict cookie and the token in the fragment', async () => {
    const other = await startWebServer({ workspace: fake.workspace, rendererDir: tmp, port: 0 });
    try {
      const launch = new URL(other.launchUrl);
      const otherPort = Number(launch.port);
      const first = await rawRequest(otherPort, { path: launch.pathname + launch.search });
      expect(first.status).toBe(303);
      expect(first.headers.location).toBe(`/#token=${other.token}`);
      const set = String(first.headers['set-cookie']);
      expect(set).toMatch(/^galley_session=[0-9a-f]{64}; /);
      expect(set).toContain('HttpOnly');
      expect(set).toContain('SameSite=Strict');
      // Spent: a second use (another user who read it off a process list) gets nothing.
      const again = await rawRequest(otherPort, { path: launch.pathname + launch.search });
      expect(again.status).toBe(403);
      expect(again.headers['set-cookie']).toBeUndefined();
      expect(again.body).not.toContain(other.token);
      // And a guessed secret gets nothing either, before or after.
      const guessed = await rawRequest(otherPort, { path: `/?k=${'0'.repeat(64)}` });
      expect(guessed.status).toBe(403);
      // This server's cookie does not open the other one.
      const crossed = await rawRequest(otherPort, { path: '/', headers: { cookie } });
      expect(crossed.status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('needs both the cookie and the token on every API call', async () => {
    const noCookie = await rawRequest(port, {
      method: 'POST',
      path: '/api/listDocuments',
      headers: { 'content-type': 'application/json', 'x-galley-token': server.token },
      body: '{}',
    });
    expect(noCookie.status).toBe(401);
    const noToken = await asUser({ method: 'POST', path: '/api/listDocuments', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const wrongCookie = await rawRequest(port, {
      method: 'POST',
      path: '/api/listDocuments',
      headers: { 'content-type': 'application/json', 'x-galley-token': server.token, cookie: `galley_session=${'a'.repeat(64)}` },
      body: '{}',
    });
    expect(wrongCookie.status).toBe(401);
    expect(fake.calls()).toBe(0);
    const both = await api('listDocuments', {});
    expect(both.status).toBe(200);
  });
});
