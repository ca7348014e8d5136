// Markdown, plain text and JSON read back. Markdown is parsed with markdown-it (CommonMark plus
// tables and strikethrough, raw HTML on) so escaping is judged by a real parser, not by a guess.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderBundle, renderText } from '../../../shared/export';
import { subheadlineOf, type Story } from '../../../shared/model';
import { ctx, fullStory, hostileStories, makeStory, seedStories, storyTexts } from '../../fixtures/export/stories';

const markdown = new MarkdownIt({ html: true });
type MdToken = ReturnType<typeof markdown.parse>[number];

interface MdBlock {
  /** 1–6 for a heading, 0 for a paragraph. */
  heading: number;
  /** The text a reader sees: escapes resolved, hard breaks as newlines, emphasis markers gone. */
  text: string;
  emphasised: boolean;
}

function inlineText(token: MdToken): string {
  return (token.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'hardbreak' || c.type === 'softbreak' ? '\n' : '')).join('');
}

function readMarkdown(md: string): { blocks: MdBlock[]; types: string[] } {
  const tokens = markdown.parse(md, {});
  const blocks: MdBlock[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'inline') return;
    const open = tokens[i - 1]!;
    blocks.push({
      heading: open.type === 'heading_open' ? Number(open.tag.slice(1)) : 0,
      text: inlineText(t),
      emphasised: (t.children ?? []).some((c) => c.type === 'em_open'),
    });
  });
  return { blocks, types: tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]) };
}

// Anything beyond headings, paragraphs, emphasis (the deck) and breaks means text turned into syntax.
const SYNTAX = /^(link_open|image|html_inline|html_block|bullet_list_open|ordered_list_open|blockquote_open|code_inline|code_block|fence|table_open|s_open|strong_open|hr|lheading)/;

describe('Markdown', () => {
  it('reads back as kicker, headline (h1), deck, byline, subheads (h2) and body paragraphs in order', () => {
    const story = fullStory();
    const { blocks } = readMarkdown(renderText(story, 'md', ctx));
    expect(blocks.filter((b) => b.heading === 1).map((b) => b.text)).toEqual([story.edited.headline]);
    expect(blocks.filter((b) => b.heading === 2).map((b) => b.text)).toEqual(story.edited.subheads.map((s) => s.text));
    expect(blocks.slice(0, 3).map((b) => [b.heading, b.emphasised, b.text])).toEqual([
      [0, true, story.edited.kicker],
      [1, false, story.edited.headline],
      [0, true, story.edited.deck],
    ]);
    expect(blocks.map((b) => b.text).slice(0, storyTexts(story).length)).toEqual(storyTexts(story));
    const paragraphs = blocks.filter((b) => b.heading === 0).map((b) => b.text);
    expect(paragraphs).toEqual(expect.arrayContaining(story.edited.paragraphs));
  });

  it('keeps a line break inside a paragraph as a hard break, not a new paragraph', () => {
    const story = makeStory({ headline: '标题', paragraphs: ['第一行\n第二行', '下一段'] });
    const { blocks } = readMarkdown(renderText(story, 'md', ctx));
    expect(blocks.filter((b) => b.heading === 0).map((b) => b.text).slice(0, 2)).toEqual(['第一行\n第二行', '下一段']);
  });

  it('notices syntax when text is not escaped (the reader itself can fail)', () => {
    const { types } = readMarkdown('1. 列表\n\n[x](y) <b>粗</b> `c` ~~d~~\n\n| a | b |\n| - | - |');
    expect(new Set(types.filter((t) => SYNTAX.test(t)))).toEqual(new Set(['ordered_list_open', 'link_open', 'html_inline', 'code_inline', 's_open', 'table_open']));
  });

  it('escapes syntax so hostile text cannot become headings, lists, links, code or HTML', () => {
    const nasty = makeStory({
      headline: '# [x](javascript:alert(1)) <b>',
      paragraphs: ['1. 不是列表', '- 也不是', '*强调* _下划线_ `代码` **粗** ~~删~~', '> 不是引用', '| a | b |\n| - | - |', '<script>alert(1)</script>', '&amp; 实体', '---'],
    });
    const { blocks, types } = readMarkdown(renderText(nasty, 'md', ctx));
    expect(types.filter((t) => SYNTAX.test(t))).toEqual([]);
    expect(blocks.filter((b) => b.heading === 1).map((b) => b.text)).toEqual([nasty.edited.headline]);
    expect(blocks.map((b) => b.text)).toEqual(storyTexts(nasty));
    expect(readMarkdown(escapeMarkdown('a\\b')).blocks.map((b) => b.text)).toEqual(['a\\b']);
  });

  it('bundles every seed story under the document title, one h2 per headline', () => {
    const seed = seedStories();
    const { blocks } = readMarkdown(renderBundle(seed, 'md', ctx));
    expect(blocks[0]).toEqual({ heading: 1, text: ctx.docName, emphasised: false });
    expect(blocks.filter((b) => b.heading === 1)).toHaveLength(1);
    // Inside a bundle a story's headline is an h2 and its subheads h3, in reading order.
    const outline = seed.flatMap((s) => [...(s.edited.headline ? [`2 ${s.edited.headline}`] : []), ...s.edited.subheads.map((h) => `3 ${h.text}`)]);
    expect(blocks.filter((b) => b.heading >= 2).map((b) => `${b.heading} ${b.text}`)).toEqual(outline);
  });
});

describe('plain text', () => {
  it('has the head lines together, then paragraphs separated by blank lines', () => {
    const story = fullStory();
    const txt = renderText(story, 'txt', ctx);
    const [head, ...body] = txt.trim().split('\n\n');
    expect(head!.split('\n')).toEqual([story.edited.kicker, story.edited.headline, story.edited.deck, story.edited.byline]);
    expect(body.filter((b) => !b.startsWith('【') && !b.startsWith('标签'))).toEqual(story.edited.paragraphs);
    expect(body).toContain('【一条新路】');
  });

  it('bundles every story', () => {
    const stories = hostileStories();
    const txt = renderBundle(stories, 'txt', ctx);
    for (const s of stories) expect(txt).toContain(s.edited.paragraphs[0]);
  });
});

describe('JSON', () => {
  it('round-trips the full story model with its provenance', () => {
    const story = fullStory();
    const parsed = JSON.parse(renderText(story, 'json', ctx)) as { schema: string; exportedAt: string; document: unknown; story: Story };
    const { subheadline, ...edited } = parsed.story.edited as Story['edited'] & { subheadline: unknown };
    const { subheadline: originalSub, ...original } = parsed.story.original as Story['original'] & { subheadline: unknown };
    expect({ ...parsed.story, edited, original }).toEqual(story);
    expect([edited.kicker, edited.deck]).toEqual(['青田茶园“触网”记', '——一个小村的新销路']);
    // The single subheadline earlier readers of this format use: kicker first, then the deck.
    expect(subheadline).toBe('青田茶园“触网”记 ——一个小村的新销路');
    expect(originalSub).toBe(subheadline);
    expect(parsed.document).toEqual({ id: ctx.docId, name: ctx.docName });
    expect(parsed.exportedAt).toBe(ctx.exportedAt);
  });

  it('bundles stories as an array', () => {
    const seed = seedStories();
    const stories = (JSON.parse(renderBundle(seed, 'json', ctx)) as { stories: Array<Story & { edited: { subheadline?: unknown }; original: { subheadline?: unknown } }> }).stories;
    expect(stories.map((s) => s.edited.subheadline)).toEqual(seed.map((s) => subheadlineOf(s.edited)));
    for (const s of stories) {
      delete s.edited.subheadline;
      delete s.original.subheadline;
    }
    expect(stories).toEqual(seed);
  });
});
