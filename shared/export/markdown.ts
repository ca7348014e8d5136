// Markdown (CommonMark): headline as `#`, subheads as `##`, everything else paragraphs.
// Text is escaped so a headline like `# *x*` or a paragraph starting `1.` stays literal.
import type { Story } from '../model';
import { labelsFor, type ExportContext } from './context';
import { cleanText, storyView } from './view';

export function escapeMarkdown(text: string): string {
  return (
    text
      // Inline syntax anywhere: emphasis, code, links, raw HTML, entities, GFM tables/strikethrough.
      .replace(/[\\`*_[\]<>&|~]/g, (c) => '\\' + c)
      // Block syntax at a line start: headings, lists, quotes, setext underlines, ordered lists.
      .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
      .replace(/\n/g, '  \n')
  );
}

export function storyMarkdown(story: Story, ctx: ExportContext, level = 1): string {
  const v = storyView(story);
  const h = '#'.repeat(level);
  const out: string[] = [];
  // The kicker (引题) is printed above the headline, the deck (副题) under it; both in italics.
  if (v.kicker) out.push(`*${escapeMarkdown(v.kicker)}*`);
  if (v.headline) out.push(`${h} ${escapeMarkdown(v.headline)}`);
  if (v.deck) out.push(`*${escapeMarkdown(v.deck)}*`);
  if (v.byline) out.push(escapeMarkdown(v.byline));
  if (v.printedDateline) out.push(escapeMarkdown(v.printedDateline));
  for (const b of v.blocks) out.push(b.type === 'subhead' ? `${h}# ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text));
  if (v.tags.length) out.push(`${labelsFor(ctx).tags}: ${v.tags.map((t) => escapeMarkdown(t.label)).join(' · ')}`);
  return out.join('\n\n') + '\n';
}

export function renderMarkdown(story: Story, ctx: ExportContext): string {
  return storyMarkdown(story, ctx);
}

export function renderMarkdownBundle(stories: Story[], ctx: ExportContext): string {
  // The document name is a file name, not story text, so storyView has not cleaned it.
  const head = `# ${escapeMarkdown(cleanText(ctx.docName))}\n\n${labelsFor(ctx).exported}: ${ctx.exportedAt}\n`;
  return [head, ...stories.map((s) => storyMarkdown(s, ctx, 2))].join('\n---\n\n');
}
