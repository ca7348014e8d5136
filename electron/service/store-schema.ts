// The shapes of the two kinds of stored file, and how raw JSON is checked and upgraded into
// them. The checks are structural: enough to tell a usable file from a damaged one.
import type { ExportLogEntry } from '../../shared/api';
import type { DocFile, DocSummary, Settings } from '../../shared/model';
import { InvalidContent, type Decoded } from './durable-json-adapter';
import { docMigrations, migrate, type JsonObject, type MigrationSet } from './migrations';

export interface Library {
  schemaVersion: number;
  documents: DocSummary[];
  settings: Settings;
  /** Added within schemaVersion 1: files written before it have none, read as []. */
  exportLog?: ExportLogEntry[];
}

export const LIBRARY_SCHEMA_VERSION = 1;
export const DOC_SCHEMA_VERSION = docMigrations.current;

const frozen = <T>(list: T[]): T[] => Object.freeze(list) as T[];

export const defaultSettings: Settings = Object.freeze({
  editorName: null,
  language: 'zh',
  blockingRules: frozen<string>([]),
  dictionary: frozen<string>([]),
  ignoredRules: frozen<string>([]),
  sections: frozen(['要闻', '经济', '社会', '文化', '体育', '图片', '国际', '评论']),
});

export function emptyLibrary(): Library {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, documents: [], settings: structuredClone(defaultSettings) };
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function requireObject(v: unknown, what: string): JsonObject {
  if (!isObject(v)) throw new InvalidContent(`${what} is not an object`);
  return v;
}

function requireArray(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v)) throw new InvalidContent(`${what} is not a list`);
  return v;
}

export function decodeLibrary(raw: unknown, migrations: MigrationSet): Decoded<Library> {
  const { data, migrated } = migrate(requireObject(raw, 'library'), migrations);
  const documents = requireArray(data['documents'], 'documents');
  for (const d of documents) {
    if (!isObject(d) || typeof d['id'] !== 'string') throw new InvalidContent('a document entry has no id');
  }
  // Settings added by later versions take their defaults rather than making the file unreadable.
  const settings = { ...structuredClone(defaultSettings), ...(isObject(data['settings']) ? data['settings'] : {}) } as Settings;
  return { value: { ...data, schemaVersion: migrations.current, documents: documents as DocSummary[], settings }, migrated };
}

export function decodeDocFile(raw: unknown, migrations: MigrationSet, expectedId: string): Decoded<DocFile> {
  const { data, migrated } = migrate(requireObject(raw, 'document file'), migrations);
  const doc = requireObject(data['doc'], 'doc');
  if (doc['id'] !== expectedId) throw new InvalidContent(`file holds document ${String(doc['id'])}, not ${expectedId}`);
  if (typeof doc['text'] !== 'string') throw new InvalidContent('doc.text is not a string');
  requireArray(data['stories'], 'stories');
  requireArray(data['log'], 'log');
  const value = {
    ...data,
    schemaVersion: migrations.current,
    undoStack: Array.isArray(data['undoStack']) ? data['undoStack'] : [],
    redoStack: Array.isArray(data['redoStack']) ? data['redoStack'] : [],
  } as unknown as DocFile;
  return { value, migrated };
}

/** The default index entry for a document, used to rebuild library.json from the documents themselves. */
export function summarise(file: DocFile): DocSummary {
  const { id, name, sha256, encoding, importedAt } = file.doc;
  const stories = file.stories.filter((s) => s.kind !== 'nonstory');
  return {
    id,
    name,
    sha256,
    encoding,
    importedAt,
    storyCount: stories.length,
    approvedCount: stories.filter((s) => s.status === 'approved').length,
  };
}
