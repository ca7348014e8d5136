import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docMigrations, libraryMigrations, migrate, UnmigratableError, type MigrationSet } from '../../../electron/service/migrations';
import { Store } from '../../../electron/service/store';
import { freshDir, makeDoc, removeDir } from './fixtures';

// A made-up version 0 of the library kept the editor's name at the top level and had no settings object.
const fakeLibraryV0toV1: MigrationSet = {
  current: 1,
  steps: {
    0: (v0) => {
      const { editor, docs, ...rest } = v0;
      return { ...rest, documents: docs, settings: { editorName: editor } };
    },
  },
};

// A made-up version 0 of document files called the operation log `history`.
const fakeDocV0toV1: MigrationSet = {
  current: 1,
  steps: {
    0: (v0) => {
      const { history, ...rest } = v0;
      return { ...rest, log: history };
    },
  },
};

describe('migrate', () => {
  it('runs each step in order and stamps each version', () => {
    const seen: number[] = [];
    const set: MigrationSet = {
      current: 3,
      steps: {
        1: (d) => (seen.push(d['schemaVersion'] as number), { ...d, b: 1 }),
        2: (d) => (seen.push(d['schemaVersion'] as number), { ...d, c: (d['b'] as number) + 1 }),
      },
    };
    expect(migrate({ schemaVersion: 1, a: 0 }, set)).toEqual({ data: { schemaVersion: 3, a: 0, b: 1, c: 2 }, from: 1, migrated: true });
    expect(seen).toEqual([1, 2]);
  });

  it('leaves a current file alone', () => {
    const data = { schemaVersion: 1, x: 1 };
    expect(migrate(data, libraryMigrations)).toEqual({ data, from: 1, migrated: false });
  });

  it('treats a missing schemaVersion as version 0', () => {
    expect(migrate({ docs: [], editor: null }, fakeLibraryV0toV1).data).toEqual({ schemaVersion: 1, documents: [], settings: { editorName: null } });
  });

  it('refuses a version with no path to the current one', () => {
    expect(() => migrate({ schemaVersion: 0 }, docMigrations)).toThrow(UnmigratableError);
    expect(() => migrate({ schemaVersion: 'one' }, docMigrations)).toThrow(UnmigratableError);
  });

  it('refuses a file written by a newer version', () => {
    expect(() => migrate({ schemaVersion: 2 }, libraryMigrations)).toThrow(/newer|reads up to/);
  });
});

describe('the store applies migrations', () => {
  let dir: string;
  let store: Store | null = null;
  beforeEach(async () => {
    dir = await freshDir();
  });
  afterEach(async () => {
    await store?.close();
    store = null;
    await removeDir(dir);
  });

  it('upgrades a v0 library and document, writes them back at v1, keeps the v0 files as .bak', async () => {
    const v0Library = { schemaVersion: 0, editor: '编辑甲', docs: [{ id: 'd1', name: 'd1.txt' }] };
    const { log, ...docWithoutLog } = makeDoc('d1');
    const v0Doc = { ...docWithoutLog, schemaVersion: 0, history: log };
    await fs.mkdir(path.join(dir, 'docs'), { recursive: true });
    await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify(v0Library));
    await fs.writeFile(path.join(dir, 'docs', 'd1.json'), JSON.stringify(v0Doc));

    store = await Store.open(dir, { migrations: { library: fakeLibraryV0toV1, doc: fakeDocV0toV1 } });
    expect(store.library().schemaVersion).toBe(1);
    expect(store.library().settings.editorName).toBe('编辑甲');
    expect(store.library().settings.sections.length).toBeGreaterThan(0); // missing settings take defaults
    expect(store.library().documents.map((d) => d.id)).toEqual(['d1']);
    const doc = await store.readDoc('d1');
    expect(doc.schemaVersion).toBe(1);
    expect(doc.log).toEqual([]);
    expect(store.recoveries).toEqual([]);

    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8')) as { schemaVersion: number };
    expect(onDisk.schemaVersion).toBe(1);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'library.json.bak'), 'utf8'))).toEqual(v0Library);
    const docOnDisk = JSON.parse(await fs.readFile(path.join(dir, 'docs', 'd1.json'), 'utf8')) as Record<string, unknown>;
    expect(docOnDisk['schemaVersion']).toBe(1);
    expect(docOnDisk).not.toHaveProperty('history');
    expect(JSON.parse(await fs.readFile(path.join(dir, 'docs', 'd1.json.bak'), 'utf8'))).toEqual(v0Doc);
  });

  it('will not open a library written by a newer version, and leaves it untouched', async () => {
    const newer = JSON.stringify({ schemaVersion: 99, documents: [], settings: {} });
    await fs.writeFile(path.join(dir, 'library.json'), newer);
    await expect(Store.open(dir)).rejects.toMatchObject({ code: 'internal' });
    expect(await fs.readFile(path.join(dir, 'library.json'), 'utf8')).toBe(newer);
    // The failed open released its lock.
    store = await Store.open(dir, { migrations: { library: { current: 99, steps: {} } } });
  });
});
