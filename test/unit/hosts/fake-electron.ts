// A stand-in for the parts of the 'electron' module the main process uses, recording what the
// app asks of it so tests can check the window's settings, the handlers and the menu.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export interface MenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on(name: string, fn: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), fn]);
      return this;
    },
    once(name: string, fn: Listener) {
      return this.on(name, fn);
    },
    emit(name: string, ...args: unknown[]) {
      return (listeners.get(name) ?? []).map((fn) => fn(...args));
    },
  };
}

export interface FakeElectronOptions {
  appPath: string;
  userData: string;
  singleInstance?: boolean;
  openPaths?: string[];
  /** app.isPackaged; false (a development run) unless set. */
  packaged?: boolean;
}

export type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;

export function fakeElectron(opts: FakeElectronOptions) {
  // Like Electron, some calls are only allowed on one side of 'ready'.
  let ready = false;
  const app = {
    ...emitter(),
    isPackaged: opts.packaged ?? false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => opts.singleInstance ?? true),
    whenReady: vi.fn(() =>
      Promise.resolve().then(() => {
        ready = true;
      }),
    ),
    getAppPath: () => opts.appPath,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return opts.userData;
    },
    getVersion: () => '9.9.9',
    quit: vi.fn(),
    exit: vi.fn(),
  };
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly options: Record<string, unknown>;
    readonly webContents = {
      ...emitter(),
      id: 41,
      send: vi.fn(),
      windowOpenHandler: null as null | ((d: { url: string }) => { action: string }),
      setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
        this.windowOpenHandler = fn;
      },
    };
    readonly events = emitter();
    loadedFile: string | null = null;
    loadedUrl: string | null = null;
    destroyed = false;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on(name: string, fn: Listener) {
      this.events.on(name, fn);
      return this;
    }
    once(name: string, fn: Listener) {
      this.events.on(name, fn);
      return this;
    }
    loadFile(file: string) {
      this.loadedFile = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show = vi.fn();
    focus = vi.fn();
  }
  const handlers = new Map<string, Listener>();
  const headerHooks: Listener[] = [];
  const permissionHandlers: Listener[] = [];
  const permissionChecks: Listener[] = [];
  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  let menu: MenuItem[] | null = null;
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, fn: Listener) => handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, fn: ProtocolHandler) => {
        if (!ready) throw new Error('protocol.handle must be called after the app is ready');
        protocolHandlers.set(scheme, fn);
      },
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: Listener) => headerHooks.push(fn) },
        setPermissionRequestHandler: (fn: Listener) => permissionHandlers.push(fn),
        setPermissionCheckHandler: (fn: Listener) => permissionChecks.push(fn),
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu: (m: { template: MenuItem[] }) => {
        menu = m.template;
      },
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => 0),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: opts.openPaths ?? [] })),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return {
    electron,
    app,
    windows,
    handlers,
    headerHooks,
    permissionHandlers,
    permissionChecks,
    privilegedSchemes,
    protocolHandlers,
    menu: () => menu,
  };
}
