import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { opNames } from '../../../shared/api';
import type * as IpcModule from '../../../electron/ipc';
import { fakeWorkspace } from './fake-workspace';
import { loadWithFakeElectron } from './load-with-fake-electron';

const expectedUrl = 'app://galley/index.html';
type Handler = (event: unknown, args: unknown) => Promise<unknown>;

let handlers: Map<string, Handler>;
let ipc: typeof IpcModule;
let fake: ReturnType<typeof fakeWorkspace>;
let window: { isDestroyed(): boolean; webContents: { id: number } } | null;

beforeEach(async () => {
  handlers = new Map();
  const electron = {
    ipcMain: {
      handle: (channel: string, fn: Handler) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      },
      removeHandler: (channel: string) => handlers.delete(channel),
    },
  };
  ipc = (await loadWithFakeElectron<typeof IpcModule>('electron/ipc.ts', electron, { allowNode: true })).exports;
  fake = fakeWorkspace();
  window = { isDestroyed: () => false, webContents: { id: 7 } };
});

const event = (over: { id?: number; url?: string; parent?: unknown; frame?: null } = {}) => ({
  sender: { id: over.id ?? 7 },
  senderFrame: over.frame === null ? null : { url: over.url ?? `${expectedUrl}#/doc/1`, parent: over.parent ?? null },
});

function register(): () => void {
  return ipc.registerIpc({ service: fake.workspace.service, getWindow: () => window as never, expectedUrl });
}

describe('IPC binding', () => {
  it('binds one galley:<op> handler per operation and removes them all', () => {
    const unregister = register();
    expect([...handlers.keys()].sort()).toEqual(opNames.map((n) => `galley:${n}`).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('dispatches a trusted call and returns the envelope', async () => {
    register();
    const res = await handlers.get('galley:openDocument')!(event(), { docId: 'doc_1' });
    expect(res).toEqual({ ok: true, value: { echoed: 'openDocument', args: { docId: 'doc_1' } } });
    expect(fake.service.openDocument).toHaveBeenCalledWith({ docId: 'doc_1' });
  });

  it('validates payloads through dispatch', async () => {
    register();
    const res = await handlers.get('galley:openDocument')!(event(), { docId: '../x' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(fake.calls()).toBe(0);
  });

  it.each([
    ['another page', { url: 'https://evil.example/index.html' }],
    ['another page of the app', { url: expectedUrl.replace('index.html', 'other.html') }],
    ['the bundled index.html over file://', { url: pathToFileURL(path.resolve('/opt/Galley/resources/app.asar/dist/renderer/index.html')).href }],
    ['an iframe of the window', { parent: {} }],
    ['another WebContents', { id: 8 }],
    ['a destroyed frame', { frame: null }],
  ] as const)('refuses %s as unauthorized without calling the service', async (_label, over) => {
    register();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const res = await handlers.get('galley:listDocuments')!(event(over as never), {});
      expect(res).toEqual({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      console.warn = warn;
    }
    expect(fake.calls()).toBe(0);
  });

  it('refuses everything while there is no main window', async () => {
    register();
    window = null;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(await handlers.get('galley:listDocuments')!(event(), {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      console.warn = warn;
    }
    expect(fake.calls()).toBe(0);
  });
});
