// What the preload script puts on `window.galley` under Electron: one named method per
// operation of the API contract (never a generic invoke), plus a subscription to events the
// host pushes (menu commands, documents opened from the native File menu).
import type { ApiResponse, OpArgs, OpName, OpResult } from './api';

export type HostEvent =
  | { type: 'opened'; docId: string }
  | { type: 'menu'; command: 'export' | 'open' }
  /** The app is about to quit: the renderer sends any typing not yet committed. */
  | { type: 'flush' };

export type GalleyBridge = { [K in OpName]: (args: OpArgs<K>) => Promise<ApiResponse<OpResult<K>>> } & {
  onEvent(cb: (e: HostEvent) => void): () => void;
};

/** IPC channel of an operation: the main process handles exactly these, one per op. */
export const ipcChannel = (name: OpName): string => `galley:${name}`;

/** The one channel the main process pushes HostEvents on. */
export const HOST_EVENT_CHANNEL = 'galley:event';

const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;

// The preload re-checks what it forwards so a malformed message can never reach the page.
export function isHostEvent(value: unknown): value is HostEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'opened') return typeof v.docId === 'string' && DOC_ID.test(v.docId);
  if (v.type === 'menu') return v.command === 'export' || v.command === 'open';
  if (v.type === 'flush') return Object.keys(v).length === 1;
  return false;
}
