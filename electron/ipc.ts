// Binds every operation of the API contract to `ipcMain.handle('galley:<op>')`. Each message
// is checked to come from the main window's own top-level page before it goes through the
// same `dispatch` (zod validation, service call, envelope) as the web host.
// @ts-ignore -- 'electron' is an optional dependency whose install fails where its binary cannot be downloaded; when present, this import is fully typed.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { opNames, type ApiResponse, type ApiService } from '../shared/api';
import { ipcChannel } from '../shared/bridge';
import { dispatch } from './service/dispatch';
import { isTrustedSender } from './trusted-sender';

export interface IpcOptions {
  service: ApiService;
  /** The main window, or null while there is none (untrusted then). */
  getWindow: () => BrowserWindow | null;
  /** APP_INDEX_URL (app-protocol.ts): the only page whose IPC is trusted. */
  expectedUrl: string;
}

const UNAUTHORIZED: ApiResponse<never> = { ok: false, error: { code: 'unauthorized' } };

export function senderIsTrusted(event: IpcMainInvokeEvent, getWindow: () => BrowserWindow | null, expectedUrl: string): boolean {
  const win = getWindow();
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  // The window's own WebContents, its top-level frame (not an iframe), showing our index.html.
  return event.sender.id === win.webContents.id && frame.parent === null && isTrustedSender(frame.url, expectedUrl);
}

/** Registers one handler per operation; returns a function that removes them all. */
export function registerIpc(opts: IpcOptions): () => void {
  for (const name of opNames) {
    ipcMain.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, args: unknown): Promise<ApiResponse<unknown>> => {
      if (!senderIsTrusted(event, opts.getWindow, opts.expectedUrl)) {
        console.warn(`[galley] refused IPC ${name} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return UNAUTHORIZED;
      }
      return dispatch(opts.service, name, args);
    });
  }
  return () => {
    for (const name of opNames) ipcMain.removeHandler(ipcChannel(name));
  };
}
