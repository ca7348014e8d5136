// The facade both hosts call. It owns no UI state: it turns validated API calls into
// operations on a document file, persists them through the store, and answers with views.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiService, DocView, ExportLogEntry, HistoryEntry, StoriesView } from '../../shared/api';
import { GalleyError } from '../../shared/errors';
import type { DocFile, DocSummary, Operation, OperationKind, Story, StorySplice } from '../../shared/model';
import { segment } from '../../shared/segment';
import { assignLine, swapHeading } from '../../shared/story-ops/assign';
import { changedFields } from '../../shared/story-ops/content';
import { changeTags, checkSearchCost, compileFind, editFields, replaceInStory } from '../../shared/story-ops/edit';
import { mergeWithNext, moveBoundary, setKind, splitStory } from '../../shared/story-ops/restructure';
import { applySplice, invertSplice, replaceStories } from '../../shared/story-ops/splice';
import { storyFromSegment } from '../../shared/story-ops/story-factory';
import { approve, isExportable, reject } from './approval';
import { exportFiles } from './export-stories';
import { docIdFor, newId } from './ids';
import { decodeSource, readSourceFile, type DecodedSource } from './importer';
import { DOC_SCHEMA_VERSION, Store } from './store';
import { WeightedGate } from './weighted-gate';

const EXPORT_LOG_LIMIT = 1000;

/** File bytes being imported at once: one page of the largest size, or several smaller ones. */
export const IMPORT_MEMORY_BUDGET = 50 * 1024 * 1024;

export interface Workspace {
  service: ApiService;
  importPath(path: string): Promise<{ docId: string; existing: boolean }>;
  close(): Promise<void>;
}

export interface WorkspaceOptions {
  host: 'electron' | 'web';
  seedsDir: string | null;
  version: string;
  /** The clock, passed in so tests can fix it. */
  now?: () => Date;
}

interface Change {
  kind: OperationKind;
  summary: string;
  splice: StorySplice;
  conflicts?: string[];
}

function summaryOf(file: DocFile): DocSummary {
  const { id, name, sha256, encoding, importedAt } = file.doc;
  const stories = file.stories.filter((s) => s.kind !== 'nonstory');
  return { id, name, sha256, encoding, importedAt, storyCount: stories.length, approvedCount: stories.filter(isExportable).length };
}

export async function openWorkspace(dataDir: string, opts: WorkspaceOptions): Promise<Workspace> {
  const store = await Store.open(dataDir, { summarise: summaryOf });
  const now = () => (opts.now ? opts.now() : new Date()).toISOString();
  const queues = new Map<string, Promise<unknown>>();
  // Decoding, splitting and storing a page takes ~10× its size in memory at its peak, so large
  // imports arriving together are taken one by one (small ones still go side by side).
  const imports = new WeightedGate(IMPORT_MEMORY_BUDGET);

  // One change at a time per document: reads and writes of the same file never interleave.
  function serialised<T>(docId: string, fn: () => Promise<T>): Promise<T> {
    const prev = queues.get(docId) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    queues.set(docId, next.catch(() => undefined));
    return next;
  }

  function editor(): string {
    const name = store.library().settings.editorName;
    if (!name) throw new GalleyError('no_editor_name');
    return name;
  }

  function view(file: DocFile, conflicts?: string[]): StoriesView {
    return {
      docId: file.doc.id,
      stories: file.stories,
      canUndo: file.undoStack.length > 0,
      canRedo: file.redoStack.length > 0,
      ...(conflicts?.length ? { conflicts } : {}),
    };
  }

  async function persist(file: DocFile): Promise<void> {
    await store.writeDoc(file);
    await refreshSummary(file).catch((err: unknown) => {
      // The document (the truth) is on disk; the library's counts are an index that the next
      // write refreshes. Failing here would tell the editor "nothing changed" when it had.
      if (!store.library().documents.some((d) => d.id === file.doc.id)) throw err;
      console.error('[galley] library summary not updated:', err);
    });
  }

  async function refreshSummary(file: DocFile): Promise<void> {
    const summary = summaryOf(file);
    const old = store.library().documents.find((d) => d.id === summary.id);
    if (!old || old.storyCount !== summary.storyCount || old.approvedCount !== summary.approvedCount) {
      await store.updateLibrary((lib) => {
        lib.documents = lib.documents.some((d) => d.id === summary.id)
          ? lib.documents.map((d) => (d.id === summary.id ? summary : d))
          : [...lib.documents, summary];
      });
    }
  }

  /** Applies one change as one logged operation; nothing is kept unless the write succeeds. */
  function mutate(docId: string, make: (file: DocFile, by: string) => Change): Promise<StoriesView> {
    return serialised(docId, async () => {
      const by = editor();
      const file = await store.readDoc(docId);
      const change = make(file, by);
      const op: Operation = {
        id: newId(),
        at: now(),
        by,
        kind: change.kind,
        summary: change.summary,
        storyIds: [...new Set([...change.splice.remove, ...change.splice.insert].map((s) => s.id))],
        splice: change.splice,
      };
      const next: DocFile = {
        ...file,
        stories: applySplice(file.stories, change.splice),
        log: [...file.log, op],
        undoStack: [...file.undoStack, op.id],
        redoStack: [],
      };
      await persist(next);
      return view(next, change.conflicts);
    });
  }

  function story(file: DocFile, storyId: string): Story {
    const s = file.stories.find((x) => x.id === storyId);
    if (!s) throw new GalleyError('not_found');
    return s;
  }

  const one = (file: DocFile, before: Story, after: Story): StorySplice => replaceStories(file.stories, new Map([[before.id, after]]));

  function undoRedo(docId: string, direction: 'undo' | 'redo'): Promise<StoriesView> {
    return serialised(docId, async () => {
      const by = editor();
      const file = await store.readDoc(docId);
      const stack = direction === 'undo' ? file.undoStack : file.redoStack;
      const targetId = stack[stack.length - 1];
      if (!targetId) throw new GalleyError(direction === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo');
      const target = file.log.find((o) => o.id === targetId);
      if (!target) throw new GalleyError('stale_state');
      const splice = direction === 'undo' ? invertSplice(target.splice) : target.splice;
      const op: Operation = {
        id: newId(),
        at: now(),
        by,
        kind: direction,
        summary: target.summary,
        storyIds: target.storyIds,
        splice,
        of: target.id,
      };
      const next: DocFile = {
        ...file,
        stories: applySplice(file.stories, splice),
        log: [...file.log, op],
        undoStack: direction === 'undo' ? file.undoStack.slice(0, -1) : [...file.undoStack, targetId],
        redoStack: direction === 'undo' ? [...file.redoStack, targetId] : file.redoStack.slice(0, -1),
      };
      await persist(next);
      return view(next);
    });
  }

  async function importDecoded(name: string, decoded: DecodedSource): Promise<{ docId: string; existing: boolean }> {
    const docId = docIdFor(decoded.sha256);
    return serialised(docId, async () => {
      if (store.library().documents.some((d) => d.id === docId)) return { docId, existing: true };
      const stories = segment(decoded.text).map((seg) => storyFromSegment(seg, newId()));
      const file: DocFile = {
        schemaVersion: DOC_SCHEMA_VERSION,
        doc: { id: docId, name, sha256: decoded.sha256, encoding: decoded.encoding, importedAt: now(), text: decoded.text },
        stories,
        log: [],
        undoStack: [],
        redoStack: [],
      };
      // The document file is complete on disk before the library lists it: nothing is half-imported.
      await persist(file);
      return { docId, existing: false };
    });
  }

  let firstDocId: string | null = store.library().documents[0]?.id ?? null;
  if (store.library().documents.length === 0 && opts.seedsDir) {
    const names = (await readdir(opts.seedsDir).catch(() => [])).filter((n) => n.endsWith('.txt')).sort();
    for (const n of names) {
      const seeded = await importDecoded(n, await readSourceFile(join(opts.seedsDir, n)));
      firstDocId ??= seeded.docId;
    }
  }

  const service: ApiService = {
    async getAppInfo() {
      return { host: opts.host, version: opts.version, recoveries: store.recoveries, firstDocId };
    },
    async getSettings() {
      return store.library().settings;
    },
    async updateSettings({ patch }) {
      await store.updateLibrary((lib) => {
        lib.settings = { ...lib.settings, ...patch };
      });
      return store.library().settings;
    },
    async listDocuments() {
      return store.library().documents;
    },
    async importFile({ name, base64 }) {
      const bytes = Math.floor((base64.length * 3) / 4);
      return imports.run(bytes, async () => {
        store.trimCache(bytes);
        return importDecoded(name, decodeSource(Buffer.from(base64, 'base64')));
      });
    },
    // Reads queue behind the document's pending writes, so they never see a state older than an acknowledged edit.
    openDocument: ({ docId }): Promise<DocView> =>
      serialised(docId, async () => {
        const file = await store.readDoc(docId);
        return { ...view(file), doc: file.doc };
      }),
    editStory: ({ docId, storyId, fields }) =>
      mutate(docId, (file) => {
        const s = story(file, storyId);
        const next = editFields(s, fields);
        const changed = changedFields(s.edited, next.edited).map((c) => c.field);
        return { kind: 'edit', summary: `edit: ${changed.join(', ') || 'no change'}`, splice: one(file, s, next) };
      }),
    setStatus: ({ docId, storyId, status, reason }) =>
      mutate(docId, (file, by) => {
        const s = story(file, storyId);
        const settings = store.library().settings;
        const next =
          status === 'approved'
            ? approve(s, settings, by, now())
            : status === 'rejected'
              ? reject(s, reason, by, now())
              : { ...s, status, approval: null };
        return { kind: 'status', summary: status === 'rejected' ? `rejected: ${reason ?? ''}` : status, splice: one(file, s, next) };
      }),
    splitStory: ({ docId, storyId, atLine }) =>
      mutate(docId, (file) => {
        const r = splitStory(file.doc.text, file.stories, storyId, atLine, newId());
        return { kind: 'split', summary: `split at line ${atLine}`, splice: r.splice, conflicts: r.conflicts };
      }),
    mergeWithNext: ({ docId, storyId }) =>
      mutate(docId, (file) => {
        const r = mergeWithNext(file.doc.text, file.stories, storyId);
        return { kind: 'merge', summary: 'merged with next story', splice: r.splice, conflicts: r.conflicts };
      }),
    moveBoundary: ({ docId, storyId, nextStartLine }) =>
      mutate(docId, (file) => {
        const r = moveBoundary(file.doc.text, file.stories, storyId, nextStartLine);
        return { kind: 'move_boundary', summary: `boundary moved to line ${nextStartLine}`, splice: r.splice, conflicts: r.conflicts };
      }),
    setKind: ({ docId, storyId, kind }) =>
      mutate(docId, (file) => ({ kind: 'set_kind', summary: `kind: ${kind}`, splice: setKind(file.stories, storyId, kind) })),
    updateTags: ({ docId, storyIds, add, remove }) =>
      mutate(docId, (file) => {
        const map = new Map(storyIds.map((id) => [id, changeTags(story(file, id), add, remove)] as const));
        const labels = [...add.map((t) => `+${t.label}`), ...remove.map((t) => `−${t.label}`)].join(' ');
        return { kind: 'tag', summary: `tags: ${labels}`, splice: replaceStories(file.stories, map) };
      }),
    async replaceAll({ docId, storyIds, find, replace, regex }) {
      let count = 0;
      const pattern = compileFind(find, regex);
      const result = await mutate(docId, (file) => {
        const targets = storyIds.map((id) => story(file, id));
        // Refused before any story is searched, so an over-costly pattern never holds up the host.
        checkSearchCost(pattern, targets);
        const map = new Map<string, Story>();
        for (const target of targets) {
          const r = replaceInStory(target, pattern, replace);
          count += r.count;
          map.set(target.id, r.story);
        }
        return { kind: 'replace_all', summary: `replace “${find}” → “${replace}” (${count})`, splice: replaceStories(file.stories, map) };
      });
      return { ...result, count };
    },
    // Summaries are parsed by the history panel, which words them in the editor's language.
    assignLine: ({ docId, storyId, line, role }) =>
      mutate(docId, (file) => {
        const s = story(file, storyId);
        const r = assignLine(s, file.doc.text, line, role);
        return { kind: 'assign_line', summary: `line ${line} → ${role}`, splice: one(file, s, r.story), conflicts: r.conflicts };
      }),
    swapHeading: ({ docId, storyId, which }) =>
      mutate(docId, (file) => {
        const s = story(file, storyId);
        const r = swapHeading(s, file.doc.text, which);
        return { kind: 'swap_heading', summary: `swap headline ↔ ${which}`, splice: one(file, s, r.story), conflicts: r.conflicts };
      }),
    dismissConflicts: ({ docId, storyId }) =>
      mutate(docId, (file) => {
        const s = story(file, storyId);
        return { kind: 'dismiss_conflicts', summary: `checked ${s.conflicts.length} correction(s) not re-applied`, splice: one(file, s, { ...s, conflicts: [] }) };
      }),
    undo: ({ docId }) => undoRedo(docId, 'undo'),
    redo: ({ docId }) => undoRedo(docId, 'redo'),
    history: ({ docId, storyId }): Promise<HistoryEntry[]> =>
      serialised(docId, async () => {
        const file = await store.readDoc(docId);
        return file.log
          .filter((o) => !storyId || o.storyIds.includes(storyId))
          .map(({ splice, ...rest }) => {
            const changes =
              splice.remove.length === 1 && splice.insert.length === 1
                ? changedFields(splice.remove[0]!.edited, splice.insert[0]!.edited)
                : [];
            return { ...rest, changes };
          });
      }),
    async exportStories({ docId, storyIds, format, bundle }) {
      const ids = docId ? [docId] : store.library().documents.map((d) => d.id);
      const files = await Promise.all(ids.map((id) => store.readDoc(id)));
      const wanted = storyIds ? new Set(storyIds) : null;
      const stories = files.flatMap((f) => f.stories.filter((s) => (!wanted || wanted.has(s.id)) && isExportable(s)));
      if (stories.length === 0) throw new GalleyError('not_approved');
      const docName = docId ? (files[0]?.doc.name ?? 'galley') : 'library';
      const at = now();
      const out = await exportFiles(stories, format, { docName, docId: docId ?? 'library', exportedAt: at, bundle });
      const entry: ExportLogEntry = {
        at,
        by: store.library().settings.editorName ?? '',
        format,
        count: stories.length,
        files: out.map((f) => f.name),
        scope: storyIds ? 'selection' : docId ? 'document' : 'library',
      };
      // Newest last on disk, capped so the library index stays small.
      await store.updateLibrary((lib) => {
        lib.exportLog = [...(lib.exportLog ?? []), entry].slice(-EXPORT_LOG_LIMIT);
      });
      return { files: out };
    },
    async exportLog() {
      return [...(store.library().exportLog ?? [])].reverse();
    },
  };

  return {
    service,
    async importPath(path) {
      const size = await stat(path).then((st) => st.size, () => 0);
      return imports.run(size, async () => {
        store.trimCache(size);
        const decoded = await readSourceFile(path);
        return importDecoded(decoded.name, decoded);
      });
    },
    async close() {
      // Operations already accepted (an editor's last commit among them) are written before the
      // store closes; one that queues behind them while we wait is waited for too.
      for (;;) {
        const pending = [...queues.values()];
        await Promise.all(pending);
        const now = [...queues.values()];
        if (now.length === pending.length && now.every((q, i) => q === pending[i])) break;
      }
      await store.close();
    },
  };
}
