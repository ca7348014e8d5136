import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../electron/service/store';
import { freshDir, listNames, makeDoc, removeDir } from './fixtures';

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
  await store?.close();
  store = await Store.open(dir);
  return store;
}

const corruptIn = async (folder: string, stem: string) =>
  (await listNames(folder)).filter((n) => n.startsWith(`${stem}.corrupt-`) && n.endsWith('.json'));

/** Two generations of settings, so library.json.bak holds the first. */
async function libraryWithTwoGenerations(): Promise<void> {
  const s = await open();
  await s.updateLibrary((lib) => {
    lib.settings.editorName = '第一版';
  });
  await s.updateLibrary((lib) => {
    lib.settings.editorName = '第二版';
  });
  await s.writeDoc(makeDoc('d1'));
  await s.close();
  store = null;
}

describe('a damaged library.json', () => {
  it('is moved aside, restored from .bak, and reported', async () => {
    await libraryWithTwoGenerations();
    await fs.writeFile(path.join(dir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":"d1"');
    const s = await open();
    expect(s.library().settings.editorName).toBe('第一版');
    expect(s.recoveries).toHaveLength(1);
    const [rec] = s.recoveries;
    expect(rec).toMatchObject({ file: 'library.json', restoredFromBackup: true });
    expect(rec!.movedTo).toMatch(/^library\.corrupt-[^:]+\.json$/);
    expect(new Date(rec!.at).toString()).not.toBe('Invalid Date');
    // The damaged bytes are kept exactly; the restored file parses; the document is untouched.
    expect(await fs.readFile(path.join(dir, rec!.movedTo), 'utf8')).toBe('{"schemaVersion":1,"documents":[{"id":"d1"');
    expect(JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8'))).toMatchObject({ settings: { editorName: '第一版' } });
    expect((await s.readDoc('d1')).doc.id).toBe('d1');
  });

  it('an empty file (what a power cut can leave) counts as damaged', async () => {
    await libraryWithTwoGenerations();
    await fs.writeFile(path.join(dir, 'library.json'), '');
    const s = await open();
    expect(s.recoveries).toMatchObject([{ file: 'library.json', restoredFromBackup: true }]);
    expect(s.library().settings.editorName).toBe('第一版');
  });

  it('valid JSON of the wrong shape counts as damaged', async () => {
    await libraryWithTwoGenerations();
    await fs.writeFile(path.join(dir, 'library.json'), '[1,2,3]');
    const s = await open();
    expect(s.recoveries).toMatchObject([{ file: 'library.json', restoredFromBackup: true }]);
  });

  it('without a usable backup: both set aside, index rebuilt from the documents', async () => {
    await libraryWithTwoGenerations();
    await fs.writeFile(path.join(dir, 'library.json'), 'garbage');
    await fs.writeFile(path.join(dir, 'library.json.bak'), 'more garbage');
    const s = await open();
    expect(s.recoveries).toMatchObject([{ file: 'library.json', restoredFromBackup: false }]);
    expect(s.library().documents.map((d) => d.id)).toEqual(['d1']);
    expect(await corruptIn(dir, 'library')).toHaveLength(1);
    expect(await corruptIn(dir, 'library.bak')).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, (await corruptIn(dir, 'library.bak'))[0]!), 'utf8')).toBe('more garbage');
  });
});

describe('a damaged document file', () => {
  it('is moved aside, restored from .bak, reported, and other documents are untouched', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1', { text: '第一版\n' }));
    await s.writeDoc(makeDoc('d1', { text: '第二版\n' }));
    await s.writeDoc(makeDoc('d2'));
    await s.updateLibrary((lib) => {
      lib.settings.editorName = '编辑甲';
    });
    const d2Before = await fs.readFile(path.join(dir, 'docs', 'd2.json'), 'utf8');
    const libBefore = await fs.readFile(path.join(dir, 'library.json'), 'utf8');
    await fs.writeFile(path.join(dir, 'docs', 'd1.json'), '{"schemaVersion":1,"doc":{"id":"d1","te');

    const again = await open();
    expect(again.recoveries).toEqual([]); // found when the document is read, not before
    expect((await again.readDoc('d1')).doc.text).toBe('第一版\n');
    expect(again.recoveries).toMatchObject([{ file: 'docs/d1.json', restoredFromBackup: true }]);
    expect(again.recoveries[0]!.movedTo).toMatch(/^docs\/d1\.corrupt-[^:]+\.json$/);
    expect(await corruptIn(path.join(dir, 'docs'), 'd1')).toHaveLength(1);
    expect((await again.readDoc('d2')).doc.id).toBe('d2');
    expect(await fs.readFile(path.join(dir, 'docs', 'd2.json'), 'utf8')).toBe(d2Before);
    expect(await fs.readFile(path.join(dir, 'library.json'), 'utf8')).toBe(libBefore);
  });

  it('a file holding another document counts as damaged', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1'));
    await s.writeDoc(makeDoc('d1', { text: '第二版\n' }));
    await s.writeDoc(makeDoc('d2'));
    await fs.copyFile(path.join(dir, 'docs', 'd2.json'), path.join(dir, 'docs', 'd1.json'));
    const again = await open();
    expect((await again.readDoc('d1')).doc.id).toBe('d1');
    expect(again.recoveries).toMatchObject([{ file: 'docs/d1.json', restoredFromBackup: true }]);
  });

  it('without a backup: set aside, reported, and not_found', async () => {
    const s = await open();
    await s.writeDoc(makeDoc('d1'));
    await fs.writeFile(path.join(dir, 'docs', 'd1.json'), '\u0000\u0000\u0000');
    const again = await open();
    await expect(again.readDoc('d1')).rejects.toMatchObject({ code: 'not_found' });
    expect(again.recoveries).toMatchObject([{ file: 'docs/d1.json', restoredFromBackup: false }]);
    expect(await corruptIn(path.join(dir, 'docs'), 'd1')).toHaveLength(1);
    // Nothing was overwritten: a new write starts a fresh file beside the one set aside.
    await again.writeDoc(makeDoc('d1'));
    expect(await corruptIn(path.join(dir, 'docs'), 'd1')).toHaveLength(1);
  });
});
