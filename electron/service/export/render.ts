// The one export entry point for the app and the CLI: stories in, named files (bytes) out.
// Nothing here touches the disk; callers decide where the files go.
import type { Story } from '../../../shared/model';
import {
  fileExtension,
  mimeType,
  renderBundle,
  renderText,
  safeFileNames,
  sanitiseBaseName,
  supportsBundle,
  type ExportContext,
  type ExportFormat,
} from '../../../shared/export';
import { renderDocx } from './docx';
import { renderDocxPerStory } from './docx-per-story';

export interface RenderedFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

const utf8 = new TextEncoder();

export async function renderFiles(
  stories: Story[],
  format: ExportFormat,
  ctx: ExportContext,
  opts: { bundle: boolean },
): Promise<RenderedFile[]> {
  const ext = fileExtension(format);
  if (opts.bundle) {
    if (!supportsBundle(format)) throw new Error(`${format} has no bundle form: export one file per story instead`);
    const name = `${sanitiseBaseName(ctx.docName.replace(/\.[^.]{1,8}$/, '')) || 'galley-export'}.${ext}`;
    const bytes = format === 'docx' ? await renderDocx(stories, ctx) : utf8.encode(renderBundle(stories, format, ctx));
    return [{ name, bytes, mime: mimeType(format, true) }];
  }
  const names = safeFileNames(stories, ext);
  // DOCX is packaged for the whole batch at once: docx's fixed cost per package would dominate otherwise.
  const bodies = format === 'docx' ? await renderDocxPerStory(stories, ctx) : stories.map((s) => utf8.encode(renderText(s, format, ctx)));
  return bodies.map((bytes, i) => ({ name: names[i] ?? `story-${i + 1}.${ext}`, bytes, mime: mimeType(format) }));
}
