// The app:// handler on a real folder: it serves the renderer build with the right types and the
// app's CSP, and nothing outside it — not by `..`, encoded separators, symlinks, another host
// or another scheme.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler, rendererDir } from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/web/security-headers';

let tmp: string;
let dir: string;
const INDEX = '<!doctype html><html><head><title>Galley</title></head><body></body></html>';

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'galley-app-protocol-'));
  dir = rendererDir(path.join(tmp, 'app'));
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), INDEX);
  await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
  await writeFile(path.join(dir, 'assets', 'index-abc123.css'), 'body{}');
  await writeFile(path.join(dir, 'assets', 'proof.worker-def456.js'), 'self.onmessage = () => {};');
  await writeFile(path.join(tmp, 'secret.txt'), 'outside the renderer');
  await writeFile(path.join(tmp, 'app', 'dist', 'main.cjs'), 'the main process');
  await mkdir(path.join(tmp, 'app', 'dist', 'renderer-x'), { recursive: true });
  await writeFile(path.join(tmp, 'app', 'dist', 'renderer-x', 'leak.txt'), 'sibling folder');
  await symlink(path.join(tmp, 'secret.txt'), path.join(dir, 'link-out.txt'));
  await symlink(tmp, path.join(dir, 'dir-out'));
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => appProtocolHandler(dir)({ url, method });

describe('app:// protocol', () => {
  it('is a standard, secure, fetchable scheme that neither bypasses the CSP nor opens itself to other origins', () => {
    expect(APP_INDEX_URL).toBe('app://galley/index.html');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });

  it('serves index.html as HTML with the app CSP, also for the bare origin', async () => {
    for (const url of [APP_INDEX_URL, 'app://galley/', `${APP_INDEX_URL}#/documents/doc_1`, `${APP_INDEX_URL}?lang=en`]) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('serves the assets with their types', async () => {
    const js = await get('app://galley/assets/index-abc123.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1);');
    expect((await get('app://galley/assets/index-abc123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://galley/assets/proof.worker-def456.js')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get(APP_INDEX_URL, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    ['a dot-dot segment', 'app://galley/../secret.txt'],
    ['dot-dots past the renderer folder', 'app://galley/../../../secret.txt'],
    ['percent-encoded dots', 'app://galley/%2e%2e/%2e%2e/%2e%2e/secret.txt'],
    ['an encoded slash', 'app://galley/..%2f..%2f..%2fsecret.txt'],
    ['an upper-case encoded slash', 'app://galley/assets/..%2F..%2F..%2F..%2Fsecret.txt'],
    ['an encoded backslash', 'app://galley/..%5c..%5c..%5csecret.txt'],
    ['a raw backslash', 'app://galley/..\\..\\..\\secret.txt'],
    ['an encoded NUL', 'app://galley/index.html%00.js'],
    ['an encoded absolute path', 'app://galley/%2fetc%2fpasswd'],
    ['a doubled slash', 'app://galley//etc/passwd'],
    ['the main process next door', 'app://galley/../main.cjs'],
    ['a sibling folder with the same prefix', 'app://galley/../renderer-x/leak.txt'],
    ['a symlink to a file outside', 'app://galley/link-out.txt'],
    ['a symlink to a folder outside', 'app://galley/dir-out/secret.txt'],
    ['a folder', 'app://galley/assets'],
    ['a missing asset', 'app://galley/assets/missing.js'],
    ['malformed percent-encoding', 'app://galley/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['the app host with a port', 'app://galley:8080/index.html'],
    ['credentials', 'app://user:pw@galley/index.html'],
    ['another scheme', 'file:///index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', async (_label, url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Not found');
  });

  it('says the renderer is not built, then serves it once it is', async () => {
    const later = path.join(tmp, 'later');
    const handler = appProtocolHandler(later);
    expect((await handler({ url: APP_INDEX_URL, method: 'GET' })).status).toBe(503);
    await mkdir(later);
    await writeFile(path.join(later, 'index.html'), INDEX);
    expect((await handler({ url: APP_INDEX_URL, method: 'GET' })).status).toBe(200);
  });
});
