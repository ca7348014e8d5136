// Electron entry (bundled to dist/electron/main.cjs). Lifecycle only: one instance per user,
// the library in userData/library, one workspace, one window on app://galley, the IPC binding
// and the menu. Everything the app does lives in service/ and is shared with the web host.
import { existsSync } from 'node:fs';
import path from 'node:path';
// @ts-ignore -- 'electron' is an optional dependency whose install fails where its binary cannot be downloaded; when present, this import is fully typed.
import { app, BrowserWindow, dialog, Menu, protocol, session, type WebContents } from 'electron';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../shared/bridge';
import { errorMessages, GalleyError } from '../shared/errors';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, rendererDir } from './app-protocol';
import { registerIpc } from './ipc';
import { buildAppMenu } from './menu';
import { openWorkspace, type Workspace } from './service/workspace';
import { createMainWindow, hardenWebContents, installSessionPolicies } from './windows';

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function send(event: HostEvent): void {
  getWindow()?.webContents.send(HOST_EVENT_CHANNEL, event);
}

function showWindow(): void {
  const win = getWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function openWindow(): void {
  mainWindow = createMainWindow({ preloadDir: __dirname, title: 'Galley', packaged: app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function bilingual(code: keyof typeof errorMessages): string {
  return `${errorMessages[code].zh}\n${errorMessages[code].en}`;
}

async function start(): Promise<void> {
  installSessionPolicies(session.defaultSession);
  installDownloadFolder();
  const appPath = app.getAppPath();
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir(appPath)));
  const seedsDir = path.join(appPath, 'seeds');
  try {
    workspace = await openWorkspace(dataDir(), {
      host: 'electron',
      seedsDir: existsSync(seedsDir) ? seedsDir : null,
      version: app.getVersion(),
    });
  } catch (err) {
    const code = err instanceof GalleyError ? err.code : 'internal';
    if (code === 'internal') console.error('[galley] could not open the library:', err);
    // The detail names what to act on: for a held library, the lock file and the process holding it.
    const detail = err instanceof GalleyError && err.detail ? `\n\n${err.detail}` : '';
    dialog.showErrorBox('Galley', bilingual(code) + detail);
    app.exit(1);
    return;
  }
  const ws = workspace;
  const language = (await ws.service.getSettings({}).catch(() => null))?.language ?? 'zh';

  registerIpc({ service: ws.service, getWindow, expectedUrl: APP_INDEX_URL });
  Menu.setApplicationMenu(
    buildAppMenu({ language, getWindow, importPath: (p) => ws.importPath(p), send, packaged: app.isPackaged }),
  );
  openWindow();

  app.on('activate', () => {
    if (!getWindow()) openWindow();
    else showWindow();
  });
}

// GALLEY_DATA moves the library (and the single-instance lock with it): used by the Playwright
// fixture for a fresh data folder per test, and by editors who keep a library on a shared drive.
const dataOverride = process.env.GALLEY_DATA;
if (dataOverride) app.setPath('userData', path.join(dataOverride, 'electron-profile'));
const dataDir = (): string => dataOverride ?? path.join(app.getPath('userData'), 'library');

// Exports arrive as downloads; GALLEY_DOWNLOAD_DIR saves them there without a dialog (tests, batch desks).
function installDownloadFolder(): void {
  const dir = process.env.GALLEY_DOWNLOAD_DIR;
  if (!dir) return;
  session.defaultSession.on('will-download', (_event: unknown, item: { getFilename(): string; setSavePath(p: string): void }) => {
    item.setSavePath(path.join(dir, path.basename(item.getFilename())));
  });
}

// How long a quitting app gives the renderer to send its last commit over IPC. The commit is
// one small message already queued in the page, so this is ample; the IPC handlers stay
// registered meanwhile, and workspace.close() then waits for every operation it accepted.
const FLUSH_GRACE_MS = 500;

function askRendererToFlush(): Promise<void> {
  const win = getWindow();
  if (!win) return Promise.resolve();
  send({ type: 'flush' });
  return new Promise((resolve) => setTimeout(resolve, FLUSH_GRACE_MS));
}

// Every renderer sandboxed, including any a library might create.
app.enableSandbox();
// Only possible before 'ready'; the handler itself is installed in start().
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // The first instance owns the library (one writer); it brings its window forward.
  void app.whenReady().then(() => {
    dialog.showMessageBoxSync({
      type: 'info',
      title: 'Galley',
      message: 'Galley 已在运行，已切换到打开的窗口。',
      detail: 'Galley is already running; switching to its window.',
      buttons: ['确定 / OK'],
    });
    app.quit();
  });
} else {
  app.on('second-instance', showWindow);
  app.on('web-contents-created', (_event: unknown, contents: WebContents) =>
    hardenWebContents(contents, { packaged: app.isPackaged }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Before the process goes away: the renderer sends the typing it has not committed yet, then
  // the workspace finishes every operation it has accepted, flushes the store and releases its lock.
  let closed = false;
  app.on('before-quit', (event: { preventDefault(): void }) => {
    if (closed || !workspace) return;
    event.preventDefault();
    const ws = workspace;
    workspace = null;
    void askRendererToFlush()
      .then(() => ws.close())
      .catch((err: unknown) => console.error('[galley] closing the library failed:', err))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  app.whenReady().then(start).catch((err: unknown) => {
    console.error('[galley] failed to start:', err);
    app.exit(1);
  });
}
