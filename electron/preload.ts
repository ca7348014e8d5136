// Runs in the sandboxed renderer before the page. It exposes `window.galley`: one named method
// per operation of shared/api.ts and an event subscription — never ipcRenderer itself or a
// generic invoke, so the page can only ask for what the API contract declares.
// Bundled by scripts/build-electron.mjs: a sandboxed preload can require only 'electron'.
// @ts-ignore -- 'electron' is an optional dependency whose install fails where its binary cannot be downloaded; when present, this import is fully typed.
import { contextBridge, ipcRenderer } from 'electron';
import { opNames, type ApiResponse } from '../shared/api';
import { HOST_EVENT_CHANNEL, ipcChannel, isHostEvent, type GalleyBridge, type HostEvent } from '../shared/bridge';

const bridge: Record<string, unknown> = {};

for (const name of opNames) {
  bridge[name] = (args: unknown): Promise<ApiResponse<unknown>> =>
    (ipcRenderer.invoke(ipcChannel(name), args ?? {}) as Promise<ApiResponse<unknown>>).catch(
      // Only if the main process has no handler (it is shutting down): still an envelope.
      (): ApiResponse<unknown> => ({ ok: false, error: { code: 'internal', detail: 'ipc unavailable' } }),
    );
}

bridge.onEvent = (cb: (e: HostEvent) => void): (() => void) => {
  if (typeof cb !== 'function') throw new TypeError('galley.onEvent needs a function');
  // The IPC event object (with its sender) never reaches the page, only the checked payload.
  const listener = (_event: unknown, payload: unknown): void => {
    if (isHostEvent(payload)) cb(payload);
  };
  ipcRenderer.on(HOST_EVENT_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(HOST_EVENT_CHANNEL, listener);
  };
};

contextBridge.exposeInMainWorld('galley', Object.freeze(bridge) as GalleyBridge);
