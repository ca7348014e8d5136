// The one place windows are made, so every window gets the same hardening: an isolated,
// sandboxed renderer without Node, served from app://galley (app-protocol.ts) with the app's
// CSP on every response (and in index.html's meta tag), no navigation away from its own page,
// no new windows, no <webview>, every permission request denied, and in a packaged build no
// Developer Tools and no reload.
import path from 'node:path';
// @ts-ignore -- 'electron' is an optional dependency whose install fails where its binary cannot be downloaded; when present, this import is fully typed.
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_INDEX_URL } from './app-protocol';
import { isDevToolsOrReloadKey, type KeyInput } from './dev-shortcuts';
import { isAppPageUrl } from './trusted-sender';
import { CONTENT_SECURITY_POLICY } from './web/security-headers';

/** Built next to main.cjs by scripts/build-electron.mjs. */
export const PRELOAD_FILE = 'preload.cjs';

type HeadersDetails = { responseHeaders?: Record<string, string[] | string> };
type HeadersCallback = (response: { responseHeaders?: Record<string, string[] | string> }) => void;
type Preventable = { preventDefault(): void };
/** Electron ≥ 25 puts the target on the event; the positional url is its deprecated twin. */
type NavigationEvent = Preventable & { url?: string };

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

export interface HardenOptions {
  /** app.isPackaged: Developer Tools and reload keys are blocked. */
  packaged: boolean;
}

/** Applied to every WebContents the app creates (main.ts hooks 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, opts: HardenOptions): void {
  const stayOnAppPage = (event: NavigationEvent, url?: string): void => {
    if (!isAppPageUrl(event.url ?? url ?? '')) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);
  contents.on('will-attach-webview', (event: Preventable) => event.preventDefault());
  // The page has no links to follow out of the app, so nothing is handed to the OS shell either.
  contents.setWindowOpenHandler(() => ({ action: 'deny' as const }));
  if (opts.packaged) {
    contents.on('before-input-event', (event: Preventable, input: KeyInput) => {
      if (isDevToolsOrReloadKey(input)) event.preventDefault();
    });
  }
}

export interface MainWindowOptions {
  /** The folder holding preload.cjs (the folder of the running main.cjs). */
  preloadDir: string;
  title: string;
  /** app.isPackaged. */
  packaged: boolean;
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
      // The preload exposes one named method per API operation, never ipcRenderer (preload.ts).
      preload: path.join(opts.preloadDir, PRELOAD_FILE), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // No auxclick events, so a middle-click cannot drive the page into opening anything
      // (the window-open handler would refuse it anyway).
      disableBlinkFeatures: 'Auxclick',
      devTools: !opts.packaged,
      // A file dropped outside the drop zone must not replace the app with the file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  hardenWebContents(win.webContents, { packaged: opts.packaged });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}
