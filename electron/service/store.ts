// The only module that touches the data folder:
//   library.json      index of documents + settings (pretty, small)
//   docs/<id>.json    one DocFile per source document (compact, large, written often)
//   galley.lock       pid, host and start time of the one process allowed to write here
// Every file is read and written through a lowdb `Low` over a DurableJsonAdapter, so writes
// are atomic and durable, keep a `.bak`, and a damaged file is set aside and reported.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { GalleyError } from '../../shared/errors';
import type { DocFile, DocSummary } from '../../shared/model';
import { fsyncDir, sweepTempFiles } from './durable-file';
import { DurableJsonAdapter, type RecoveryEvent } from './durable-json-adapter';
import { acquireLock, type FileLock } from './lock-file';
import { ensurePrivateTree } from './private-files';
import { docMigrations, libraryMigrations, type MigrationSet } from './migrations';
import { decodeDocFile, decodeLibrary, emptyLibrary, summarise, type Library } from './store-schema';

export { DOC_SCHEMA_VERSION, LIBRARY_SCHEMA_VERSION, defaultSettings, type Library } from './store-schema';

export interface Recovery {
  /** The damaged file, relative to the data folder ('library.json', 'docs/<id>.json'). */
  file: string;
  /** Where it was moved, relative to the data folder. */
  movedTo: string;
  restoredFromBackup: boolean;
  at: string;
}

export interface StoreOptions {
  /** Replaces the built-in migration chains (tests use this to exercise an older version). */
  migrations?: { library?: MigrationSet; doc?: MigrationSet };
  /** How a document is summarised when library.json has to be rebuilt from the documents. */
  summarise?: (file: DocFile) => DocSummary;
}

const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;
const LIBRARY_FILE = 'library.json';
const DOCS_DIR = 'docs';
const LOCK_FILE = 'galley.lock';

interface DocEntry {
  db: Low<DocFile | null>;
  adapter: DurableJsonAdapter<DocFile | null>;
  loading: Promise<void> | null;
  /** Reads and writes in flight: an entry is dropped from memory only when this is 0. */
  busy: number;
}

/**
 * Source characters of documents kept in memory. A desk's day of ordinary pages (tens of KB each)
 * stays cached; a few 50 MB pages do not pile up, they are read again from disk when needed.
 */
export const DOC_CACHE_CHARS = 16 * 1024 * 1024;

function checkId(id: string): void {
  // Ids become file names: anything else could reach outside docs/.
  if (!DOC_ID.test(id)) throw new GalleyError('invalid_payload', `bad document id ${JSON.stringify(id)}`);
}

export class Store {
  readonly recoveries: Recovery[] = [];
  private readonly docs = new Map<string, DocEntry>();
  private readonly libraryAdapter: DurableJsonAdapter<Library>;
  private readonly libraryDb: Low<Library>;
  /** Library updates run one after another so each draft starts from the last committed value. */
  private libraryQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly lock: FileLock,
    private readonly migrations: { library: MigrationSet; doc: MigrationSet },
    private readonly summarise: (file: DocFile) => DocSummary,
  ) {
    this.libraryAdapter = new DurableJsonAdapter<Library>(path.join(dataDir, LIBRARY_FILE), {
      decode: (raw) => decodeLibrary(raw, this.migrations.library),
      pretty: true,
      onRecovery: (event) => this.noteRecovery(event),
    });
    this.libraryDb = new Low<Library>(this.libraryAdapter, emptyLibrary());
  }

  /** Create the folder if needed, take its lock, and load (migrating or recovering) library.json. */
  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    const dir = path.resolve(dataDir);
    await ensurePrivateTree(dir, [DOCS_DIR]);
    await fsyncDir(dir); // so a new docs/ folder survives a power cut along with the files written into it
    const lock = await acquireLock(path.join(dir, LOCK_FILE));
    try {
      // We hold the lock, so any temp file here was left by a writer that died mid-write.
      await sweepTempFiles(dir);
      await sweepTempFiles(path.join(dir, DOCS_DIR));
      const migrations = {
        library: options.migrations?.library ?? libraryMigrations,
        doc: options.migrations?.doc ?? docMigrations,
      };
      const store = new Store(dir, lock, migrations, options.summarise ?? summarise);
      await store.loadLibrary();
      return store;
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  /** The current library. Treat it as read-only: change it through updateLibrary. */
  library(): Library {
    return this.libraryDb.data;
  }

  /** Apply `fn` to a copy of the library and persist it; the in-memory library changes only once the write succeeded. */
  updateLibrary(fn: (lib: Library) => void): Promise<void> {
    this.assertOpen();
    const run = this.libraryQueue.then(async () => {
      const draft = structuredClone(this.libraryDb.data);
      fn(draft);
      draft.schemaVersion = this.migrations.library.current;
      await this.libraryAdapter.write(draft);
      this.libraryDb.data = draft;
    });
    this.libraryQueue = run.catch(() => undefined);
    return run;
  }

  /** The document file, read once and then served from memory. Throws GalleyError('not_found') if there is none. */
  async readDoc(id: string): Promise<DocFile> {
    this.assertOpen();
    checkId(id);
    const entry = this.entry(id);
    entry.busy += 1;
    try {
      if (!entry.db.data) {
        entry.loading ??= entry.db.read().finally(() => {
          entry.loading = null;
        });
        await entry.loading;
      }
      if (!entry.db.data) throw new GalleyError('not_found', id);
      return entry.db.data;
    } finally {
      entry.busy -= 1;
      this.trimCache(0, id);
    }
  }

  /**
   * Drops idle documents from memory, least recently used first, until those kept plus
   * `reserveChars` (a page about to be imported) fit DOC_CACHE_CHARS. `keep` stays whatever it weighs.
   * An entry with a read or write in flight is never dropped, so no later read can see a file
   * older than a write still on its way; the next read of a dropped one goes to disk.
   */
  trimCache(reserveChars = 0, keep?: string): void {
    let total = reserveChars;
    for (const e of this.docs.values()) total += e.db.data?.doc.text.length ?? 0;
    for (const [id, e] of this.docs) {
      if (total <= DOC_CACHE_CHARS) break;
      if (id === keep || e.busy > 0 || e.loading || !e.db.data) continue;
      total -= e.db.data.doc.text.length;
      this.docs.delete(id);
    }
  }

  /**
   * Persist a document durably; resolves once it is on disk. The object itself becomes the cached
   * value, so the caller should not mutate it afterwards (replace it with a new one instead).
   */
  async writeDoc(file: DocFile): Promise<void> {
    this.assertOpen();
    const id = file.doc.id;
    checkId(id);
    const entry = this.entry(id);
    const stamped = file.schemaVersion === this.migrations.doc.current ? file : { ...file, schemaVersion: this.migrations.doc.current };
    entry.busy += 1;
    try {
      await entry.adapter.write(stamped);
      entry.db.data = stamped;
    } finally {
      entry.busy -= 1;
      this.trimCache(0, id);
    }
  }

  /** Remove a document's file and its backup. Removing a document that does not exist is not an error. */
  async deleteDoc(id: string): Promise<void> {
    this.assertOpen();
    checkId(id);
    const entry = this.entry(id);
    await entry.adapter.remove();
    entry.db.data = null;
  }

  /** Wait for every queued write, then release the folder's lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.libraryQueue;
      await Promise.all([...this.docs.values()].map((e) => e.adapter.flush()));
    } finally {
      await this.lock.release();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new GalleyError('internal', 'the store is closed');
  }

  private entry(id: string): DocEntry {
    let entry = this.docs.get(id);
    if (entry) {
      // Most recently used last: the map's order is the cache's eviction order.
      this.docs.delete(id);
      this.docs.set(id, entry);
    } else {
      const adapter = new DurableJsonAdapter<DocFile | null>(path.join(this.dataDir, DOCS_DIR, `${id}.json`), {
        decode: (raw) => decodeDocFile(raw, this.migrations.doc, id),
        onRecovery: (event) => this.noteRecovery(event),
      });
      entry = { adapter, db: new Low<DocFile | null>(adapter, null), loading: null, busy: 0 };
      this.docs.set(id, entry);
    }
    return entry;
  }

  private noteRecovery(event: RecoveryEvent): void {
    const rel = (p: string) => path.relative(this.dataDir, p).split(path.sep).join('/');
    this.recoveries.push({ file: rel(event.file), movedTo: rel(event.movedTo), restoredFromBackup: event.restoredFromBackup, at: event.at });
  }

  private async loadLibrary(): Promise<void> {
    await this.libraryDb.read();
    const usable = await fs
      .access(this.libraryAdapter.file)
      .then(() => true)
      .catch(() => false);
    if (usable) return;
    // No usable library.json (first run, deleted, or damaged with no good backup): the documents
    // themselves are the truth, so rebuild the index from them rather than showing an empty library.
    const documents = await this.rebuildIndex();
    if (documents.length === 0) return;
    await this.updateLibrary((lib) => {
      lib.documents = documents;
    });
  }

  private async rebuildIndex(): Promise<Library['documents']> {
    const names = await fs.readdir(path.join(this.dataDir, DOCS_DIR));
    const ids = names.filter((n) => n.endsWith('.json') && DOC_ID.test(n.slice(0, -5))).map((n) => n.slice(0, -5));
    const summaries = [];
    for (const id of ids) {
      try {
        summaries.push(this.summarise(await this.readDoc(id)));
      } catch (err) {
        if (!(err instanceof GalleyError && err.code === 'not_found')) throw err;
      }
    }
    return summaries.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }
}
