// Renders approved stories with the same writers the CLI uses and packs them for either transport.
import type { ExportedFile } from '../../shared/api';
import type { ExportFormat } from '../../shared/export';
import type { Story } from '../../shared/model';
import { renderFiles } from './export/render';

export async function exportFiles(
  stories: Story[],
  format: ExportFormat,
  ctx: { docName: string; docId: string; exportedAt: string; bundle: boolean },
): Promise<ExportedFile[]> {
  const files = await renderFiles(stories, format, { docName: ctx.docName, docId: ctx.docId, exportedAt: ctx.exportedAt }, { bundle: ctx.bundle });
  return files.map((f) => ({ name: f.name, mime: f.mime, base64: Buffer.from(f.bytes).toString('base64') }));
}
