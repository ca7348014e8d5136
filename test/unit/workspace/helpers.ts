import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { openWorkspace, type Workspace } from '../../../electron/service/workspace';

export const root = resolve(import.meta.dirname, '../../..');
export const seedPath = join(root, 'seeds', '000_fd21b5ce20d5087d.txt');

export async function tempDir(prefix = 'galley-ws-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A workspace on a fresh data folder with the editor's name set, the seed page imported. */
export async function seededWorkspace(dataDir?: string): Promise<{ ws: Workspace; dir: string; docId: string }> {
  const dir = dataDir ?? (await tempDir());
  const ws = await openWorkspace(dir, { host: 'web', seedsDir: join(root, 'seeds'), version: 'test' });
  await ws.service.updateSettings({ patch: { editorName: '测试编辑' } });
  const info = await ws.service.getAppInfo({});
  return { ws, dir, docId: info.firstDocId! };
}

export async function seedBase64(): Promise<string> {
  return (await readFile(seedPath)).toString('base64');
}

/**
 * The workspaces a test file opens, closed after each test so no lock or pending write leaks
 * into the next one. `seeded()` opens the seed page and returns its stories too.
 */
export function workspacesClosedAfterEach() {
  let open: Workspace[] = [];
  afterEach(async () => {
    await Promise.all(open.map((w) => w.close()));
    open = [];
  });
  const track = <T extends Workspace>(ws: T): T => {
    open.push(ws);
    return ws;
  };
  return {
    track,
    async seeded(dataDir?: string) {
      const r = await seededWorkspace(dataDir);
      track(r.ws);
      return { ...r, stories: (await r.ws.service.openDocument({ docId: r.docId })).stories };
    },
    /** Closes a workspace and opens the same data folder again (a restart), running `meanwhile` in between. */
    async reopen(ws: Workspace, dataDir: string, meanwhile?: () => Promise<void>): Promise<Workspace> {
      await ws.close();
      open = open.filter((w) => w !== ws);
      await meanwhile?.();
      return track(await openWorkspace(dataDir, { host: 'web', seedsDir: null, version: 'test' }));
    },
  };
}
