// Export writers for approved stories. Text formats are pure functions here; DOCX needs Node
// (docx's Packer) and lives in electron/service/export/docx.ts.
import type { Story } from '../model';
import type { ExportContext } from './context';
import { renderHtml, renderHtmlBundle } from './html';
import { renderJson, renderJsonBundle } from './json';
import { renderMarkdown, renderMarkdownBundle } from './markdown';
import { renderNewsml, renderNewsmlBundle } from './newsml';
import { renderNitf } from './nitf';
import { renderText as renderPlainText, renderTextBundle } from './text';

export type { ExportContext } from './context';
export { safeFileNames, sanitiseBaseName, uniqueNames, storyBaseName } from './filenames';
export { escapeHtml } from './html';
export { escapeMarkdown } from './markdown';

export type ExportFormat = 'md' | 'html' | 'txt' | 'json' | 'nitf' | 'newsml' | 'docx';
export type TextFormat = Exclude<ExportFormat, 'docx'>;

export const exportFormats: ExportFormat[] = ['md', 'html', 'txt', 'json', 'docx', 'nitf', 'newsml'];

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as string[]).includes(value);
}

const extensions: Record<ExportFormat, string> = {
  md: 'md',
  html: 'html',
  txt: 'txt',
  json: 'json',
  docx: 'docx',
  nitf: 'nitf.xml',
  newsml: 'newsml.xml',
};

const mimeTypes: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  nitf: 'application/nitf+xml',
  newsml: 'application/vnd.iptc.g2.newsitem+xml',
};

export function fileExtension(format: ExportFormat): string {
  return extensions[format];
}

export function mimeType(format: ExportFormat, bundle = false): string {
  return format === 'newsml' && bundle ? 'application/vnd.iptc.g2.newsmessage+xml' : mimeTypes[format];
}

const single: Record<TextFormat, (story: Story, ctx: ExportContext) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  txt: renderPlainText,
  json: renderJson,
  nitf: renderNitf,
  newsml: renderNewsml,
};

// NITF holds exactly one story per document, so it has no bundle form; NewsML-G2 bundles as a newsMessage.
const bundles: Partial<Record<TextFormat, (stories: Story[], ctx: ExportContext) => string>> = {
  md: renderMarkdownBundle,
  html: renderHtmlBundle,
  txt: renderTextBundle,
  json: renderJsonBundle,
  newsml: renderNewsmlBundle,
};

export function supportsBundle(format: ExportFormat): boolean {
  return format === 'docx' || format in bundles;
}

export function renderText(story: Story, format: TextFormat, ctx: ExportContext): string {
  return single[format](story, ctx);
}

/** All stories in one document. Throws for NITF, which cannot hold more than one story (see supportsBundle). */
export function renderBundle(stories: Story[], format: TextFormat, ctx: ExportContext): string {
  const render = bundles[format];
  if (!render) throw new Error(`${format} has no bundle form: export one file per story instead`);
  return render(stories, ctx);
}
