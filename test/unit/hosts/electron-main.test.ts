// The Electron main process run against a fake 'electron' module: the real bundle (same esbuild
// settings as the app), the real workspace on a temp folder, so lifecycle, window hardening,
// IPC and the File menu are exercised without the Electron binary.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { opNames } from '../../../shared/api';
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

async function startMain(opts: { singleInstance?: boolean; openPaths?: string[] } = {}) {
  const fake = fakeElectron({ appPath, userData, ...opts });
  await loadWithFakeElectron('electron/main.ts', fake.electron, { allowNode: true, dirname: path.join(root, 'dist', 'electron') });
  return fake;
}

type Fake = Awaited<ReturnType<typeof startMain>>;

const indexUrl = () => pathToFileURL(path.join(appPath, 'dist', 'renderer', 'index.html')).href;
const trustedEvent = (url = indexUrl()) => ({ sender: { id: 41 }, senderFrame: { url, parent: null } });

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
  it('opens one hardened window on the bundled index.html with the preload next to main.cjs', async () => {
    const fake = await startMain();
    await until(() => fake.windows.length === 1);
    const win = fake.windows[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(path.join(root, 'dist', 'electron', 'preload.cjs'));
    expect(win.loadedFile).toBe(path.join(appPath, 'dist', 'renderer', 'index.html'));
    expect(fake.app.enableSandbox).toHaveBeenCalled();

    const nav = { prevented: false, preventDefault() { this.prevented = true; } };
    win.webContents.emit('will-navigate', nav, 'https://evil.example/');
    expect(nav.prevented).toBe(true);
    const webview = { prevented: false, preventDefault() { this.prevented = true; } };
    win.webContents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    expect(win.webContents.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
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
    // A live process that is not us: our parent.
    await writeFile(path.join(userData, 'library', 'galley.lock'), `${process.ppid}\n`);
    const fake = await startMain();
    await until(() => fake.app.exit.mock.calls.length > 0);
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
    const [, message] = fake.electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(message).toContain(errorMessages.store_locked.zh);
    expect(message).toContain(errorMessages.store_locked.en);
  });

  it('a second instance says so and quits without touching the library', async () => {
    const fake = await startMain({ singleInstance: false });
    await until(() => fake.app.quit.mock.calls.length > 0);
    expect(fake.electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.handlers.size).toBe(0);
  });
});
