// The one API contract. Every operation the renderer may call is declared here once:
// its name, the zod schema its arguments must pass, and its result type. The Electron IPC
// binding, the preload bridge, the web host's routes and the renderer's client are all
// derived from this map, so adding an operation is one entry here plus one service method.
import { z } from 'zod';
import { LINE_ROLES, type DocSummary, type LineRole, type Operation, type Settings, type SourceDoc, type Story } from './model';
import type { ErrorCode } from './errors';
import { MAX_IMPORT_BASE64 } from './limits';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');
const text = z.string().max(1_000_000);
const nullableText = text.nullable();

/**
 * A schema issue that stands for one of our own errors carries its code, so the editor reads
 * "文件超过 50 MB" instead of a schema message (dispatch.ts looks for it).
 */
export function galleyIssue(code: ErrorCode, message: string) {
  return { code: 'custom' as const, message, params: { galleyCode: code } };
}

// Checked before the content: a too-long string is a too-large file, whatever it holds.
const importBase64 = z.string().superRefine((value, ctx) => {
  if (value.length > MAX_IMPORT_BASE64) ctx.addIssue(galleyIssue('too_large', 'file larger than 50 MB'));
});

export const fieldsPatchSchema = z
  .object({
    kicker: nullableText,
    headline: nullableText,
    deck: nullableText,
    byline: nullableText,
    dateline: nullableText,
    paragraphs: z.array(text).max(20_000),
    subheads: z.array(z.object({ beforeParagraph: z.number().int().min(0), text })).max(5_000),
  })
  .partial()
  .strict();

export const tagSchema = z.object({
  type: z.enum(['place', 'person', 'org', 'section', 'topic', 'free']),
  value: z.string().min(1).max(200),
  label: z.string().min(1).max(200),
});

export const settingsPatchSchema = z
  .object({
    editorName: z.string().trim().min(1).max(80),
    language: z.enum(['zh', 'en']),
    blockingRules: z.array(z.string().max(80)).max(500),
    dictionary: z.array(z.string().min(1).max(80)).max(50_000),
    ignoredRules: z.array(z.string().max(80)).max(500),
    sections: z.array(z.string().min(1).max(40)).max(200),
  })
  .partial()
  .strict();

/** What a source line can be set as (the source pane's menu); zod refuses any other word. */
export const lineRoleSchema = z.enum(LINE_ROLES as [LineRole, ...LineRole[]]);

export const exportFormatSchema = z.enum(['md', 'html', 'txt', 'json', 'docx', 'nitf', 'newsml']);

/** The view of a document's stories after any change. */
export interface StoriesView {
  docId: string;
  stories: Story[];
  canUndo: boolean;
  canRedo: boolean;
  /** Corrections a re-split could not re-apply, for the editor to look at. */
  conflicts?: string[];
}

export interface DocView extends StoriesView {
  doc: SourceDoc;
}

export interface HistoryEntry extends Omit<Operation, 'splice'> {
  /** For edits: each changed field, before and after. */
  changes: Array<{ field: string; before: string; after: string }>;
}

export interface AppInfo {
  host: 'electron' | 'web';
  version: string;
  recoveries: Array<{ file: string; movedTo: string; restoredFromBackup: boolean; at: string }>;
  /** The document opened on first start (the seed page), if any. */
  firstDocId: string | null;
}

export interface ExportedFile {
  name: string;
  mime: string;
  base64: string;
}

/** One line of the export log: what was exported, when, by whom, and the files handed to the host (its downloads). */
export interface ExportLogEntry {
  at: string;
  by: string;
  format: z.infer<typeof exportFormatSchema>;
  count: number;
  files: string[];
  scope: 'document' | 'selection' | 'library';
}

// A phantom carries the result type without a runtime value.
interface OpDef<A extends z.ZodType, R> {
  args: A;
  result?: R;
}
const op = <R>() => <A extends z.ZodType>(args: A): OpDef<A, R> => ({ args });

const docArgs = z.object({ docId: id }).strict();
const storyArgs = z.object({ docId: id, storyId: id }).strict();

export const api = {
  getAppInfo: op<AppInfo>()(z.object({}).strict()),
  getSettings: op<Settings>()(z.object({}).strict()),
  updateSettings: op<Settings>()(z.object({ patch: settingsPatchSchema }).strict()),
  listDocuments: op<DocSummary[]>()(z.object({}).strict()),
  importFile: op<{ docId: string; existing: boolean }>()(
    z.object({ name: z.string().min(1).max(255), base64: importBase64 }).strict(),
  ),
  openDocument: op<DocView>()(docArgs),
  editStory: op<StoriesView>()(z.object({ docId: id, storyId: id, fields: fieldsPatchSchema }).strict()),
  setStatus: op<StoriesView>()(
    z
      .object({
        docId: id,
        storyId: id,
        status: z.enum(['in_review', 'approved', 'rejected']),
        reason: z.string().trim().max(2000).optional(),
      })
      .strict(),
  ),
  splitStory: op<StoriesView>()(z.object({ docId: id, storyId: id, atLine: z.number().int().min(1) }).strict()),
  mergeWithNext: op<StoriesView>()(storyArgs),
  /** Moves the boundary after `storyId`: the next story will start at `nextStartLine`. */
  moveBoundary: op<StoriesView>()(z.object({ docId: id, storyId: id, nextStartLine: z.number().int().min(1) }).strict()),
  setKind: op<StoriesView>()(
    z.object({ docId: id, storyId: id, kind: z.enum(['article', 'photo', 'brief', 'nonstory']) }).strict(),
  ),
  updateTags: op<StoriesView>()(
    z
      .object({
        docId: id,
        storyIds: z.array(id).min(1).max(10_000),
        add: z.array(tagSchema).max(100).default([]),
        remove: z.array(tagSchema).max(100).default([]),
      })
      .strict(),
  ),
  replaceAll: op<StoriesView & { count: number }>()(
    z
      .object({
        docId: id,
        storyIds: z.array(id).min(1).max(10_000),
        find: z.string().min(1).max(1000),
        replace: z.string().max(1000),
        regex: z.boolean(),
      })
      .strict(),
  ),
  /**
   * Sets a source line of the story as one of its fields (or as body text); the story is re-read
   * with it and keeps the editor's corrections. A line outside the story or blank is invalid_line.
   */
  assignLine: op<StoriesView>()(
    z.object({ docId: id, storyId: id, line: z.number().int().min(1).max(10_000_000), role: lineRoleSchema }).strict(),
  ),
  /** Swaps the title with the deck or the kicker (the lines exchange roles); invalid_swap when one is empty. */
  swapHeading: op<StoriesView>()(z.object({ docId: id, storyId: id, which: z.enum(['deck', 'kicker']) }).strict()),
  /** The editor has checked the corrections a re-split could not re-apply. */
  dismissConflicts: op<StoriesView>()(storyArgs),
  undo: op<StoriesView>()(docArgs),
  redo: op<StoriesView>()(docArgs),
  history: op<HistoryEntry[]>()(z.object({ docId: id, storyId: id.optional() }).strict()),
  exportStories: op<{ files: ExportedFile[] }>()(
    z
      .object({
        docId: id.optional(),
        storyIds: z.array(id).max(100_000).optional(),
        format: exportFormatSchema,
        bundle: z.boolean().default(false),
      })
      .strict(),
  ),
  /** The library's export log, newest first. */
  exportLog: op<ExportLogEntry[]>()(z.object({}).strict()),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export type OpArgs<K extends OpName> = z.input<Api[K]['args']>;
export type OpParsedArgs<K extends OpName> = z.output<Api[K]['args']>;
export type OpResult<K extends OpName> = NonNullable<Api[K]['result']>;

/** What a host implements: one method per operation, taking already-validated arguments. */
export type ApiService = { [K in OpName]: (args: OpParsedArgs<K>) => Promise<OpResult<K>> };

/** What the renderer calls. */
export type ApiClient = { [K in OpName]: (args: OpArgs<K>) => Promise<OpResult<K>> };

/** The envelope both transports use, so errors keep their code across IPC and HTTP. */
export type ApiResponse<R> = { ok: true; value: R } | { ok: false; error: { code: ErrorCode; detail?: string } };

export const opNames = Object.keys(api) as OpName[];

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
