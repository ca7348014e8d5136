import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
