import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GalleyError } from '../../../shared/errors';
import { DOC_SCHEMA_VERSION, LIBRARY_SCHEMA_VERSION, Store, defaultSettings } from '../../../electron/service/store';
import { freshDir, listNames, makeDoc, makeOperation, makeStory, removeDir } from './fixtures';

let dir: string;
let store: Store | null;
beforeEach(async () => {
  dir = await freshDir();
  store = null;
});
afterEach(async () => {
  await store?.close();
  await removeDir(dir);
});

async function open(): Promise<Store> {
  store = await Store.open(dir);
  return store;
}

async function reopen(): Promise<Store> {
  await store?.close();
  return open();
}

const readJson = async (file: string) => JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;

describe('library', () => {
  it('starts empty with the default settings', async () => {
    const s = await open();
    expect(s.library()).toEqual({ schemaVersion: LIBRARY_SCHEMA_VERSION, documents: [], settings: defaultSettings });
    expect(s.library().settings.sections).toContain('要闻');
    expect(s.recoveries).toEqual([]);
  });

  it('persists updates with schemaVersion and reads them back after reopening', async () => {
    const s = await open();
    await s.updateLibrary((lib) => {
      lib.settings.editorName = '编辑甲';
      lib.settings.dictionary.push('北斗');
    });
    expect(await readJson('library.json')).toMatchObject({ schemaVersion: 1, settings: { editorName: '编辑甲' } });
    const again = await reopen();
    expect(again.library().settings.editorName).toBe('编辑甲');
    expect(again.library().settings.dictionary).toEqual(['北斗']);
    expect(defaultSettings.dictionary).toEqual([]);
  });

  it('keeps the in-memory library unchanged when the write fails', async () => {
    const s = await open();
    await s.updateLibrary((lib) => {
      lib.settings.editorName = '编辑甲';
    });
    const before = structuredClone(s.library());
    await expect(
      s.updateLibrary((lib) => {
        lib.settings.editorName = '编辑乙';
        (lib as unknown as Record<string, unknown>)['bad'] = BigInt(1); // JSON.stringify refuses BigInt
      }),
    ).rejects.toThrow();
    expect(s.library()).toEqual(before);
    // A failing disk write leaves memory alone too.
    await fs.rm(path.join(dir, 'library.json.bak'), { force: true });
    await fs.mkdir(path.join(dir, 'library.json.bak', 'blocker'), { recursive: true });
    await expect(
      s.updateLibrary((lib) => {
        lib.settings.editorName = '编辑丙';
      }),
    ).rejects.toThrow();
    expect(s.library()).toEqual(before);
    expect((await readJson('library.json'))['settings']).toMatchObject({ editorName: '编辑甲' });
  });

  it('applies concurrent updates one after another', async () => {
    const s = await open();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        s.updateLibrary((lib) => {
          lib.settings.dictionary.push(`词${i}`);
        }),
      ),
    );
    expect(s.library().settings.dictionary).toHaveLength(10);
    expect(((await readJson('library.json'))['settings'] as { dictionary: string[] }).dictionary).toHaveLength(10);
  });
});

describe('documents', () => {
  it('writes compact JSON with schemaVersion and reads it back after reopening', async () => {
    const s = await open();
    const file = makeDoc('d1');
    await s.writeDoc(file);
    const text = await fs.readFile(path.join(dir, 'docs', 'd1.json'), 'utf8');
    expect(text).not.toContain('\n  ');
    expect(JSON.parse(text)).toEqual({ ...file, schemaVersion: DOC_SCHEMA_VERSION });
    const again = await reopen();
    expect(await again.readDoc('d1')).toEqual(file);
  });

  it('keeps the previous generation as .bak and leaves no temp files', async () => {
    const s = await open();
    const first = makeDoc('d1');
    await s.writeDoc(first);
    const second = { ...first, log: [makeOperation(0, first.stories[0]!)] };
    await s.writeDoc(second);
    expect(await listNames(path.join(dir, 'docs'))).toEqual(['d1.json', 'd1.json.bak']);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'docs', 'd1.json.bak'), 'utf8'))).toEqual(first);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'docs', 'd1.json'), 'utf8'))).toEqual(second);
  });

  it('stamps the current schemaVersion on what it writes', async () => {
    const s = await open();
    await s.writeDoc({ ...makeDoc('d1'), schemaVersion: 0 });
    expect((await readJson('docs/d1.json'))['schemaVersion']).toBe(DOC_SCHEMA_VERSION);
    expect((await s.readDoc('d1')).schemaVersion).toBe(DOC_SCHEMA_VERSION);
  });

  it('serves reads from the cache after the first read', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1'));
    const again = await reopen();
    const first = await again.readDoc('d1');
    await fs.writeFile(path.join(dir, 'docs', 'd1.json'), 'changed behind our back');
    expect(await again.readDoc('d1')).toBe(first);
  });

  it('keeps the last of many quick writes', async () => {
    const s = await open();
    const base = makeDoc('d1');
    const story = base.stories[0]!;
    const versions = Array.from({ length: 20 }, (_, n) => ({ ...base, log: Array.from({ length: n + 1 }, (_, i) => makeOperation(i, story)) }));
    await Promise.all(versions.map((v) => s.writeDoc(v)));
    expect((await s.readDoc('d1')).log).toHaveLength(20);
    const again = await reopen();
    expect((await again.readDoc('d1')).log).toHaveLength(20);
  });

  it('throws not_found for a document that does not exist', async () => {
    const s = await open();
    await expect(s.readDoc('missing')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rejects ids that could escape the docs folder', async () => {
    const s = await open();
    for (const id of ['../library', 'a/b', '', 'x'.repeat(65), 'a.json']) {
      await expect(s.readDoc(id)).rejects.toBeInstanceOf(GalleyError);
      await expect(s.writeDoc(makeDoc(id))).rejects.toMatchObject({ code: 'invalid_payload' });
      await expect(s.deleteDoc(id)).rejects.toMatchObject({ code: 'invalid_payload' });
    }
    expect(await listNames(dir)).toEqual(['docs', 'galley.lock']);
  });

  it('deletes a document and its backup', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1'));
    await s.writeDoc(makeDoc('d1', { text: '第二版\n' }));
    await s.writeDoc(makeDoc('d2'));
    await s.deleteDoc('d1');
    await expect(s.readDoc('d1')).rejects.toMatchObject({ code: 'not_found' });
    expect(await listNames(path.join(dir, 'docs'))).toEqual(['d2.json']);
    await s.deleteDoc('d1'); // already gone: not an error
    const again = await reopen();
    await expect(again.readDoc('d1')).rejects.toMatchObject({ code: 'not_found' });
    expect((await again.readDoc('d2')).doc.id).toBe('d2');
  });

  it('a write after a delete recreates the document', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1'));
    const del = s.deleteDoc('d1');
    const write = s.writeDoc(makeDoc('d1', { text: '新的\n' }));
    await Promise.all([del, write]);
    const again = await reopen();
    expect((await again.readDoc('d1')).doc.text).toBe('新的\n');
  });

  it('close waits for queued writes', async () => {
    const s = await open();
    const write = s.writeDoc(makeDoc('d1'));
    await s.close();
    await write;
    store = null;
    expect((await readJson('docs/d1.json'))['doc']).toMatchObject({ id: 'd1' });
    await expect(s.writeDoc(makeDoc('d2'))).rejects.toBeInstanceOf(GalleyError);
  });

  it('sweeps temp files a crashed writer left', async () => {
    await fs.mkdir(path.join(dir, 'docs'), { recursive: true });
    await fs.writeFile(path.join(dir, 'docs', 'd1.json.4242-7.tmp'), '{"half');
    await fs.writeFile(path.join(dir, 'library.json.4242-8.tmp'), '');
    await open();
    expect(await listNames(dir)).toEqual(['docs', 'galley.lock']);
    expect(await listNames(path.join(dir, 'docs'))).toEqual([]);
  });

  it('rebuilds a missing library index from the documents', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d2', { importedAt: '2025-03-02T00:00:00.000Z' }));
    await s.writeDoc(
      makeDoc('d1', { stories: [makeStory('s1', '甲', 'approved'), makeStory('s2', '乙'), { ...makeStory('s3', '广告'), kind: 'nonstory' }] }),
    );
    await s.close();
    store = null;
    const again = await open();
    expect(again.library().documents.map((d) => [d.id, d.storyCount, d.approvedCount])).toEqual([
      ['d1', 2, 1],
      ['d2', 1, 0],
    ]);
    expect((await readJson('library.json'))['documents']).toHaveLength(2);
  });

  it('rebuilds with the summariser the caller supplies', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1', { stories: [makeStory('s1', '甲'), { ...makeStory('s2', '广告'), kind: 'nonstory' }] }));
    await s.close();
    store = await Store.open(dir, { summarise: (f) => ({ ...f.doc, storyCount: 100 + f.stories.length, approvedCount: 0 }) });
    expect(store.library().documents[0]).toMatchObject({ id: 'd1', storyCount: 102 });
  });
});
