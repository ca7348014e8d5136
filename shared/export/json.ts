// JSON: the full model of each story (edited and original fields, tags, approval …) wrapped
// with its provenance, so another tool can re-import it without guessing.
import { subheadlineOf, type Fields, type Story } from '../model';
import type { ExportContext } from './context';

export const JSON_SCHEMA_ID = 'galley.export/1';

function envelope(ctx: ExportContext) {
  return { schema: JSON_SCHEMA_ID, exportedAt: ctx.exportedAt, document: { id: ctx.docId, name: ctx.docName } };
}

// Kicker and deck are the model's fields; `subheadline` (both joined, kicker first) is what this
// format carried before they were apart, kept so existing readers go on working (additive, so
// the schema id is unchanged). A reader taking the file back drops it.
function withSubheadline(f: Fields): Fields & { subheadline: string | null } {
  return { ...f, subheadline: subheadlineOf(f) };
}

function exported(story: Story) {
  return { ...story, original: withSubheadline(story.original), edited: withSubheadline(story.edited) };
}

export function renderJson(story: Story, ctx: ExportContext): string {
  return JSON.stringify({ ...envelope(ctx), story: exported(story) }, null, 2) + '\n';
}

export function renderJsonBundle(stories: Story[], ctx: ExportContext): string {
  return JSON.stringify({ ...envelope(ctx), stories: stories.map(exported) }, null, 2) + '\n';
}
