// JSON: the full model of each story (edited and original fields, tags, approval …) wrapped
// with its provenance, so another tool can re-import it without guessing.
import type { Story } from '../model';
import type { ExportContext } from './context';

export const JSON_SCHEMA_ID = 'galley.export/1';

function envelope(ctx: ExportContext) {
  return { schema: JSON_SCHEMA_ID, exportedAt: ctx.exportedAt, document: { id: ctx.docId, name: ctx.docName } };
}

export function renderJson(story: Story, ctx: ExportContext): string {
  return JSON.stringify({ ...envelope(ctx), story }, null, 2) + '\n';
}

export function renderJsonBundle(stories: Story[], ctx: ExportContext): string {
  return JSON.stringify({ ...envelope(ctx), stories }, null, 2) + '\n';
}
