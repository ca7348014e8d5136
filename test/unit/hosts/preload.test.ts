import { describe, expect, it, vi } from 'vitest';
import { opNames } from '../../../shared/api';
import type { GalleyBridge, HostEvent } from '../../../shared/bridge';
import { loadWithFakeElectron } from './load-with-fake-electron';

async function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    }),
    removeListener: vi.fn((channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn)),
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer,
  };
  const loaded = await loadWithFakeElectron('electron/preload.ts', electron, { allowNode: false });
  const emit = (channel: string, payload: unknown): void => {
    for (const fn of listeners.get(channel) ?? []) fn({ sender: 'ipc-event-object' }, payload);
  };
  return { exposed, ipcRenderer, emit, listeners, loaded };
}

describe('preload bridge', () => {
  it('requires nothing but electron (it runs sandboxed)', async () => {
    const { loaded } = await loadPreload();
    expect(loaded.required).toEqual(['electron']);
  });

  it('exposes exactly one named method per operation plus onEvent, and no IPC object', async () => {
    const { exposed } = await loadPreload();
    expect(Object.keys(exposed)).toEqual(['galley']);
    const galley = exposed.galley as Record<string, unknown>;
    expect(Object.keys(galley).sort()).toEqual([...opNames, 'onEvent'].sort());
    for (const key of Object.keys(galley)) expect(typeof galley[key]).toBe('function');
    expect(Object.isFrozen(galley)).toBe(true);
    expect(galley).not.toHaveProperty('invoke');
    expect(galley).not.toHaveProperty('ipcRenderer');
  });

  it('sends each operation on its own galley:<op> channel and returns the envelope', async () => {
    const { exposed, ipcRenderer } = await loadPreload();
    const galley = exposed.galley as GalleyBridge;
    const res = await galley.openDocument({ docId: 'doc_1' });
    expect(res).toEqual({ ok: true, value: { channel: 'galley:openDocument', args: { docId: 'doc_1' } } });
    for (const name of opNames) {
      await (galley[name] as (a: unknown) => Promise<unknown>)({});
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`galley:${name}`, {});
    }
  });

  it('turns a missing main-process handler into an error envelope', async () => {
    const { exposed, ipcRenderer } = await loadPreload();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'galley:undo'"));
    const res = await (exposed.galley as GalleyBridge).undo({ docId: 'd' });
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes only well-formed host events to the page, without the IPC event, and unsubscribes', async () => {
    const { exposed, emit, listeners } = await loadPreload();
    const seen: HostEvent[] = [];
    const off = (exposed.galley as GalleyBridge).onEvent((e) => seen.push(e));
    emit('galley:event', { type: 'opened', docId: 'doc_2' });
    emit('galley:event', { type: 'menu', command: 'export' });
    emit('galley:event', { type: 'opened', docId: '../../etc' });
    emit('galley:event', { type: 'menu', command: 'rm -rf' });
    emit('galley:event', 'opened');
    emit('galley:other', { type: 'menu', command: 'open' });
    expect(seen).toEqual([
      { type: 'opened', docId: 'doc_2' },
      { type: 'menu', command: 'export' },
    ]);
    off();
    expect(listeners.get('galley:event')?.size).toBe(0);
    emit('galley:event', { type: 'menu', command: 'open' });
    expect(seen).toHaveLength(2);
  });
});
