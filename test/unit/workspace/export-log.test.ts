import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocFile } from '../../../shared/model';
import { workspacesClosedAfterEach } from './helpers';

const workspaces = workspacesClosedAfterEach();
const setup = (dir?: string) => workspaces.seeded(dir);
const reopen = workspaces.reopen;

describe('export log', () => {
  it('starts empty on a library written without one', async () => {
    const { ws, dir } = await setup();
    const lib = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as Record<string, unknown>;
    expect(lib['exportLog']).toBeUndefined();
    expect(await ws.service.exportLog({})).toEqual([]);
  });

  it('records what, when, who, which files and the scope of each export, newest first, across restarts', async () => {
    const { ws, dir, docId, stories } = await setup();
    const [a, b] = [stories[0]!, stories[2]!];
    for (const s of [a, b]) await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });

    const doc = await ws.service.exportStories({ docId, format: 'md', bundle: false });
    const sel = await ws.service.exportStories({ docId, storyIds: [b.id], format: 'json', bundle: false });
    const lib = await ws.service.exportStories({ format: 'html', bundle: true });

    const log = await ws.service.exportLog({});
    expect(log.map((e) => [e.scope, e.format, e.count])).toEqual([
      ['library', 'html', 2],
      ['selection', 'json', 1],
      ['document', 'md', 2],
    ]);
    expect(log[2]!.files).toEqual(doc.files.map((f) => f.name));
    expect(log[1]!.files).toEqual(sel.files.map((f) => f.name));
    expect(log[0]!.files).toEqual(lib.files.map((f) => f.name));
    expect(log.every((e) => e.by === '测试编辑' && !Number.isNaN(Date.parse(e.at)))).toBe(true);

    const again = await reopen(ws, dir);
    expect(await again.service.exportLog({})).toEqual(log);
  });

  it('refuses a story edited after its approval until it is approved again, and logs nothing refused', async () => {
    const { ws, docId, stories } = await setup();
    const s = stories[2]!;
    await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });
    await ws.service.editStory({ docId, storyId: s.id, fields: { headline: '嵊泗改过的标题' } });
    await expect(ws.service.exportStories({ docId, format: 'md', bundle: false })).rejects.toMatchObject({ code: 'not_approved' });
    expect(await ws.service.exportLog({})).toEqual([]);

    await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });
    const { files } = await ws.service.exportStories({ docId, format: 'md', bundle: false });
    expect(Buffer.from(files[0]!.base64, 'base64').toString('utf8')).toContain('嵊泗改过的标题');
    expect(await ws.service.exportLog({})).toHaveLength(1);
  });

  it('checks the approval hash, not only the status: content changed behind its back does not export', async () => {
    const { ws, dir, docId, stories } = await setup();
    const [a, b] = [stories[0]!, stories[2]!];
    for (const s of [a, b]) await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });
    const path = join(dir, 'docs', `${docId}.json`);
    const again = await reopen(ws, dir, async () => {
      const file = JSON.parse(await readFile(path, 'utf8')) as DocFile;
      const tampered = file.stories.find((s) => s.id === b.id)!;
      tampered.edited = { ...tampered.edited, headline: '未经签发的标题' };
      expect(tampered.status).toBe('approved');
      await writeFile(path, JSON.stringify(file));
    });
    const { files } = await again.service.exportStories({ docId, format: 'json', bundle: true });
    const text = Buffer.from(files[0]!.base64, 'base64').toString('utf8');
    expect(text).toContain(a.edited.headline!);
    expect(text).not.toContain('未经签发的标题');
    const log = await again.service.exportLog({});
    expect(log[0]!.count).toBe(1);
    await expect(again.service.exportStories({ docId, storyIds: [b.id], format: 'md', bundle: false })).rejects.toMatchObject({
      code: 'not_approved',
    });
  });
});
