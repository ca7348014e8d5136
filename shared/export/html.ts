// Standalone HTML for reading: one file, embedded CSS, no scripts, every piece of text escaped.
// The CSP meta tag forbids scripts and remote loads even if someone later edits the file badly.
import type { Story } from '../model';
import { langTag, labelsFor, type ExportContext } from './context';
import { cleanText, storyView } from './view';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const CSS = `
:root { color-scheme: light dark; --fg: #1b1b1b; --muted: #5f5f5f; --bg: #fdfcf8; --rule: #d8d4c8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --muted: #a8a49a; --bg: #1d1c1a; --rule: #3b3934; } }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 40em; padding: 3em 1.25em 5em;
  font: 18px/1.85 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, Georgia, serif; }
article + article { border-top: 1px solid var(--rule); margin-top: 3em; padding-top: 2em; }
h1 { font: 700 1.7em/1.35 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 0 .4em; }
h2 { font: 700 1.15em/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1.6em 0 .4em; }
.kicker { font-size: 1.05em; color: var(--muted); margin: 0 0 .2em; }
.deck { font-size: 1.1em; color: var(--muted); margin: 0 0 .8em; }
.byline, .dateline { color: var(--muted); font-size: .9em; margin: .2em 0; }
.body p { text-indent: 2em; margin: 0 0 .9em; text-align: justify; }
footer { margin-top: 2em; font-size: .85em; color: var(--muted); }
.tags { display: flex; flex-wrap: wrap; gap: .4em; padding: 0; list-style: none; }
.tags li { border: 1px solid var(--rule); border-radius: 1em; padding: 0 .7em; }
nav ol { padding-left: 1.4em; }
@media print { body { max-width: none; } article + article { break-before: page; border: 0; } }
`;

function storyArticle(story: Story, ctx: ExportContext, heading: 'h1' | 'h2'): string {
  const v = storyView(story);
  const sub = heading === 'h1' ? 'h2' : 'h3';
  const head: string[] = [];
  // In printed order: the kicker (引题) above the headline, the deck (副题) under it.
  if (v.kicker) head.push(`<p class="kicker">${escapeHtml(v.kicker)}</p>`);
  if (v.headline) head.push(`<${heading}>${escapeHtml(v.headline)}</${heading}>`);
  if (v.deck) head.push(`<p class="deck">${escapeHtml(v.deck)}</p>`);
  if (v.byline) head.push(`<p class="byline">${escapeHtml(v.byline)}</p>`);
  if (v.printedDateline) head.push(`<p class="dateline">${escapeHtml(v.printedDateline)}</p>`);
  const body = v.blocks.map((b) => (b.type === 'subhead' ? `<${sub}>${escapeHtml(b.text)}</${sub}>` : `<p>${escapeHtml(b.text)}</p>`));
  const tags = v.tags.length
    ? `<footer><ul class="tags" aria-label="${escapeHtml(labelsFor(ctx).tags)}">${v.tags
        .map((t) => `<li data-type="${escapeHtml(t.type)}" data-value="${escapeHtml(t.value)}">${escapeHtml(t.label)}</li>`)
        .join('')}</ul></footer>`
    : '';
  return [
    `<article id="${escapeHtml(v.id)}" data-kind="${escapeHtml(v.kind)}">`,
    head.length ? `<header>\n${head.join('\n')}\n</header>` : '',
    `<div class="body">\n${body.join('\n')}\n</div>`,
    tags,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function page(title: string, keywords: string[], main: string, ctx: ExportContext): string {
  return `<!doctype html>
<html lang="${langTag(ctx)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Galley">
${keywords.length ? `<meta name="keywords" content="${escapeHtml(keywords.join(', '))}">\n` : ''}<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

// The document name is a file name, not story text, so storyView has not cleaned it.
const docTitle = (ctx: ExportContext) => cleanText(ctx.docName);

export function renderHtml(story: Story, ctx: ExportContext): string {
  const v = storyView(story);
  return page(v.headline ?? docTitle(ctx), v.tags.map((t) => t.label), storyArticle(story, ctx, 'h1'), ctx);
}

export function renderHtmlBundle(stories: Story[], ctx: ExportContext): string {
  const l = labelsFor(ctx);
  const title = docTitle(ctx);
  const toc = stories
    .map(storyView)
    .map((v) => `<li><a href="#${escapeHtml(encodeURIComponent(v.id))}">${escapeHtml(v.headline ?? l.noHeadline)}</a></li>`)
    .join('\n');
  const header = `<header><h1>${escapeHtml(title)}</h1><p class="byline">${escapeHtml(l.exported)}: ${escapeHtml(ctx.exportedAt)}</p></header>`;
  const nav = `<nav aria-label="${escapeHtml(l.contents)}"><ol>\n${toc}\n</ol></nav>`;
  return page(title, [], [header, nav, ...stories.map((s) => storyArticle(s, ctx, 'h2'))].join('\n'), ctx);
}
