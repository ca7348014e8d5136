// The one place windows are made, so every window gets the same hardening: an isolated,
// sandboxed renderer without Node, the app's CSP on every response (and in index.html's meta
// tag), no navigation away from the app, no new windows (http(s) links go to the system
// browser), no <webview>, and every permission request denied.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-ignore -- 'electron' is an optional dependency whose install fails where its binary cannot be downloaded; when present, this import is fully typed.
import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { isExternalWebUrl } from './trusted-sender';
import { CONTENT_SECURITY_POLICY } from './web/security-headers';

/** Built next to main.cjs by scripts/build-electron.mjs. */
export const PRELOAD_FILE = 'preload.cjs';

export function rendererIndexPath(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer', 'index.html');
}

/** The only URL whose IPC messages are trusted (see trusted-sender.ts). */
export function rendererIndexUrl(appPath: string): string {
  return pathToFileURL(rendererIndexPath(appPath)).href;
}

type HeadersDetails = { responseHeaders?: Record<string, string[] | string> };
type HeadersCallback = (response: { responseHeaders?: Record<string, string[] | string> }) => void;

export function installSessionPolicies(ses: Session): void {
  ses.webRequest.onHeadersReceived((details: HeadersDetails, callback: HeadersCallback) => {
    const headers: Record<string, string[] | string> = {};
    // Drop any CSP the response brings so ours is the one that applies.
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
  ses.setPermissionRequestHandler((_contents: unknown, _permission: string, callback: (granted: boolean) => void) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Applied to every WebContents the app creates (main.ts hooks 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event: { preventDefault(): void }) => event.preventDefault());
  contents.on('will-redirect', (event: { preventDefault(): void }) => event.preventDefault());
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }: { url: string }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' as const };
  });
}

export interface MainWindowOptions {
  /** app.getAppPath(): the project folder in development, app.asar when packaged. */
  appPath: string;
  /** The folder holding preload.cjs (the folder of the running main.cjs). */
  preloadDir: string;
  title: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: opts.title,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: path.join(opts.preloadDir, PRELOAD_FILE),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped outside the drop zone must not replace the app with the file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndexPath(opts.appPath));
  return win;
}
