// The Electron main process run against a fake 'electron' module: the real bundle (same esbuild
// settings as the app), the real workspace on a temp folder, so lifecycle, window hardening,
// IPC, the app:// protocol and the File menu are exercised without the Electron binary.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { opNames } from '../../../shared/api';
import { lockHolder } from '../store/lock-holder';
import { errorMessages } from '../../../shared/errors';
import { fakeElectron, type MenuItem } from './fake-electron';
import { loadWithFakeElectron, root } from './load-with-fake-electron';

let tmp: string;
let appPath: string;
let userData: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'galley-electron-'));
  // An app folder without seeds keeps the library empty and the test quick.
  appPath = path.join(tmp, 'app');
  userData = path.join(tmp, 'userData');
  await mkdir(appPath, { recursive: true });
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error('timed out');
}

async function startMain(opts: { singleInstance?: boolean; openPaths?: string[]; packaged?: boolean } = {}) {
  const fake = fakeElectron({ appPath, userData, ...opts });
  await loadWithFakeElectron('electron/main.ts', fake.electron, { allowNode: true, dirname: path.join(root, 'dist', 'electron') });
  return fake;
}

type Fake = Awaited<ReturnType<typeof startMain>>;

const indexUrl = 'app://galley/index.html';
const trustedEvent = (url = `${indexUrl}#/documents`) => ({ sender: { id: 41 }, senderFrame: { url, parent: null } });
const preventable = () => ({ prevented: false, preventDefault() { this.prevented = true; } });

async function quit(fake: Fake): Promise<void> {
  const prevent = { prevented: false, preventDefault() { this.prevented = true; } };
  fake.app.emit('before-quit', prevent);
  if (prevent.prevented) await until(() => fake.app.quit.mock.calls.length > 0);
}

function find(menu: MenuItem[], label: string): MenuItem {
  for (const item of menu) {
    if (item.label === label) return item;
    const inner = item.submenu ? (() => { try { return find(item.submenu!, label); } catch { return null; } })() : null;
    if (inner) return inner;
  }
  throw new Error(`no menu item ${label}`);
}

describe('Electron main process', () => {
  it('opens one hardened window on app://galley/index.html with the preload next to main.cjs', async () => {
    const fake = await startMain();
    await until(() => fake.windows.length === 1);
    const win = fake.windows[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs.preload).toBe(path.join(root, 'dist', 'electron', 'preload.cjs'));
    expect(win.loadedUrl).toBe('app://galley/index.html');
    expect(win.loadedFile).toBeNull();
    expect(fake.app.enableSandbox).toHaveBeenCalled();

    for (const url of ['https://evil.example/', 'file:///etc/passwd', pathToFileURL(path.join(appPath, 'dist', 'renderer', 'index.html')).href, 'app://galley/other.html', 'app://evil/index.html']) {
      const nav = preventable();
      win.webContents.emit('will-navigate', nav, url);
      expect(nav.prevented, url).toBe(true);
      const redirect = { ...preventable(), url };
      win.webContents.emit('will-redirect', redirect, url);
      expect(redirect.prevented, url).toBe(true);
      const withUrlOnEvent = { ...preventable(), url };
      win.webContents.emit('will-navigate', withUrlOnEvent);
      expect(withUrlOnEvent.prevented, url).toBe(true);
    }
    const own = preventable();
    win.webContents.emit('will-navigate', own, 'app://galley/index.html#/documents/doc_1');
    expect(own.prevented).toBe(false);
    const webview = preventable();
    win.webContents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    // No new windows, and nothing handed to the OS shell.
    expect(win.webContents.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
    await quit(fake);
  });

  it('registers app:// as a privileged scheme before ready, and serves the renderer folder on it', async () => {
    const renderer = path.join(appPath, 'dist', 'renderer');
    await mkdir(path.join(renderer, 'assets'), { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Galley</title>');
    await writeFile(path.join(appPath, 'dist', 'secret.txt'), 'not for the page');
    const fake = await startMain();
    await until(() => fake.windows.length === 1);
    // The fake throws if this came after ready, as Electron does.
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const handler = fake.protocolHandlers.get('app')!;
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    const index = await handler({ url: 'app://galley/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>Galley</title>');
    for (const url of ['app://galley/../secret.txt', 'app://galley/..%2fsecret.txt', 'app://galley/%2e%2e/secret.txt', 'app://galley/assets/..%2F..%2Fsecret.txt']) {
      expect((await handler({ url, method: 'GET' })).status, url).toBe(404);
    }
    await quit(fake);
  });

  it('sets the CSP on responses and denies every permission', async () => {
    const fake = await startMain();
    await until(() => fake.windows.length === 1);
    let headers: Record<string, unknown> = {};
    fake.headerHooks[0]!({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, (r: { responseHeaders: Record<string, unknown> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([expect.stringContaining("script-src 'self'")]);
    expect(headers).not.toHaveProperty('content-security-policy');
    expect(headers['X-Other']).toEqual(['1']);
    let granted: boolean | null = null;
    fake.permissionHandlers[0]!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.permissionChecks[0]!({}, 'clipboard-read')).toBe(false);
    await quit(fake);
  });

  it('answers IPC from its own page only, through dispatch', async () => {
    const fake = await startMain();
    await until(() => fake.windows.length === 1);
    expect([...fake.handlers.keys()].sort()).toEqual(opNames.map((n) => `galley:${n}`).sort());
    const info = await fake.handlers.get('galley:getAppInfo')!(trustedEvent(), {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9' } });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const evil = await fake.handlers.get('galley:listDocuments')!(trustedEvent('https://evil.example/'), {});
      expect(evil).toEqual({ ok: false, error: { code: 'unauthorized' } });
      // The bundled index.html opened from disk is not the app's page.
      const onDisk = pathToFileURL(path.join(appPath, 'dist', 'renderer', 'index.html')).href;
      const fromFile = await fake.handlers.get('galley:listDocuments')!(trustedEvent(onDisk), {});
      expect(fromFile).toEqual({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      console.warn = warn;
    }
    const bad = await fake.handlers.get('galley:openDocument')!(trustedEvent(), { docId: '../x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    await quit(fake);
  });

  it('has a Chinese menu whose Open… imports the picked file and tells the renderer', async () => {
    const page = path.join(tmp, 'page.txt');
    await writeFile(page, '山城夜市灯火明\n\n本报记者 林晓\n\n入夜，老街两旁的摊位陆续亮起灯来，摊主们忙着招呼客人。\n');
    const fake = await startMain({ openPaths: [page] });
    await until(() => fake.menu() !== null);
    const menu = fake.menu()!;
    const labels = menu.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['文件', '编辑', '视图']));
    const edit = find(menu, '编辑').submenu!.map((m) => m.role).filter(Boolean);
    expect(edit).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);

    const win = fake.windows[0]!;
    const exportItem = find(menu, '导出…');
    expect(exportItem.accelerator).toBe('CmdOrCtrl+E');
    exportItem.click!();
    expect(win.webContents.send).toHaveBeenLastCalledWith('galley:event', { type: 'menu', command: 'export' });

    const open = find(menu, '打开…');
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    open.click!();
    await until(() => win.webContents.send.mock.calls.length === 2);
    const [, opened] = win.webContents.send.mock.calls[1]!;
    expect(opened).toMatchObject({ type: 'opened', docId: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
    const doc = (await fake.handlers.get('galley:openDocument')!(trustedEvent(), { docId: (opened as { docId: string }).docId })) as {
      ok: boolean;
      value: { doc: { text: string } };
    };
    expect(doc.ok).toBe(true);
    expect(doc.value.doc.text).toContain('山城夜市灯火明');
    await quit(fake);
  });

  const viewRoles = (menu: MenuItem[]) => find(menu, '视图').submenu!.map((m) => m.role).filter(Boolean);
  const devToolsKey = { type: 'keyDown', key: 'I', code: 'KeyI', control: true, shift: true, alt: false, meta: false };
  const reloadKeys = [
    { type: 'keyDown', key: 'r', code: 'KeyR', control: true, shift: false, alt: false, meta: false },
    { type: 'keyDown', key: 'F5', code: 'F5', control: false, shift: false, alt: false, meta: false },
    { type: 'keyDown', key: 'F12', code: 'F12', control: false, shift: false, alt: false, meta: false },
  ];
  const plainKey = { type: 'keyDown', key: 'j', code: 'KeyJ', control: false, shift: false, alt: false, meta: false };

  it('a development run keeps Reload and Developer Tools, in the menu and on their keys', async () => {
    const fake = await startMain({ packaged: false });
    await until(() => fake.menu() !== null && fake.windows.length === 1);
    expect(viewRoles(fake.menu()!)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    const win = fake.windows[0]!;
    expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
    for (const input of [devToolsKey, ...reloadKeys]) {
      const event = preventable();
      win.webContents.emit('before-input-event', event, input);
      expect(event.prevented, input.key).toBe(false);
    }
    await quit(fake);
  });

  it('a packaged build has no Reload or Developer Tools and swallows their keys', async () => {
    const fake = await startMain({ packaged: true });
    await until(() => fake.menu() !== null && fake.windows.length === 1);
    const menu = fake.menu()!;
    expect(viewRoles(menu)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(() => find(menu, '开发者工具')).toThrow();
    expect(() => find(menu, '重新加载')).toThrow();
    const win = fake.windows[0]!;
    expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
    for (const input of [devToolsKey, ...reloadKeys]) {
      const event = preventable();
      win.webContents.emit('before-input-event', event, input);
      expect(event.prevented, input.key).toBe(true);
    }
    // The desk's own single-key shortcuts still reach the page.
    const desk = preventable();
    win.webContents.emit('before-input-event', desk, plainKey);
    expect(desk.prevented).toBe(false);
    // Any other WebContents the app creates gets the same treatment.
    const other = { on: (name: string, fn: (...args: unknown[]) => void) => ((listeners[name] ??= []).push(fn), other), setWindowOpenHandler: () => undefined };
    const listeners: Record<string, Array<(...args: unknown[]) => void>> = {};
    fake.app.emit('web-contents-created', {}, other);
    const event = preventable();
    for (const fn of listeners['before-input-event'] ?? []) fn(event, devToolsKey);
    expect(event.prevented).toBe(true);
    await quit(fake);
  });

  it('closes the workspace before quitting, releasing the library lock', async () => {
    const fake = await startMain();
    await until(() => fake.windows.length === 1);
    const lock = path.join(userData, 'library', 'galley.lock');
    expect(existsSync(lock)).toBe(true);
    const prevent = { prevented: false, preventDefault() { this.prevented = true; } };
    fake.app.emit('before-quit', prevent);
    // Quitting waits for the store: the first before-quit is held back, then quit is re-issued.
    expect(prevent.prevented).toBe(true);
    expect(fake.app.quit).not.toHaveBeenCalled();
    await until(() => fake.app.quit.mock.calls.length > 0);
    expect(existsSync(lock)).toBe(false);
    const again = { prevented: false, preventDefault() { this.prevented = true; } };
    fake.app.emit('before-quit', again);
    expect(again.prevented).toBe(false);
  });

  it('shows the store_locked message and exits when another process holds the library', async () => {
    await mkdir(path.join(userData, 'library'), { recursive: true });
    // A live process that really holds the library's lock.
    const lockPath = path.join(userData, 'library', 'galley.lock');
    const holder = await lockHolder(lockPath);
    try {
      const fake = await startMain();
      await until(() => fake.app.exit.mock.calls.length > 0);
      expect(fake.app.exit).toHaveBeenCalledWith(1);
      expect(fake.windows).toHaveLength(0);
      const [, message] = fake.electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
      expect(message).toContain(errorMessages.store_locked.zh);
      expect(message).toContain(errorMessages.store_locked.en);
      // It names the lock file and the process that holds it.
      expect(message).toContain(`${lockPath}: pid ${holder.pid}`);
    } finally {
      await holder.stop();
    }
  });

  it('a second instance says so and quits without touching the library', async () => {
    const fake = await startMain({ singleInstance: false });
    await until(() => fake.app.quit.mock.calls.length > 0);
    expect(fake.electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.handlers.size).toBe(0);
  });
});
