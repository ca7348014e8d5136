// Markdown, plain text and JSON read back. No Markdown library is installed, so the Markdown
// check reads it the way CommonMark would for this subset: `#` lines are headings, blocks are
// separated by blank lines, and backslash escapes resolve to the character itself.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderBundle, renderText } from '../../../shared/export';
import type { Story } from '../../../shared/model';
import { ctx, fullStory, hostileStories, makeStory, seedStories, storyTexts } from '../../fixtures/export/stories';

const unescapeMd = (s: string) => s.replace(/ {2}\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');

function readMarkdown(md: string) {
  const blocks = md.trim().split(/\n{2,}/);
  return blocks.map((b) => {
    const h = /^(#{1,6}) (.*)$/s.exec(b);
    return h ? { heading: h[1]!.length, text: unescapeMd(h[2]!) } : { heading: 0, text: unescapeMd(b.replace(/^\*(.*)\*$/s, '$1')) };
  });
}

describe('Markdown', () => {
  it('reads back as headline, deck, byline and body in order, with one level-1 heading', () => {
    const story = fullStory();
    const blocks = readMarkdown(renderText(story, 'md', ctx));
    expect(blocks.filter((b) => b.heading === 1).map((b) => b.text)).toEqual([story.edited.headline]);
    expect(blocks.filter((b) => b.heading === 2).map((b) => b.text)).toEqual(['一条新路']);
    expect(blocks.map((b) => b.text).slice(0, storyTexts(story).length)).toEqual(storyTexts(story));
  });

  it('escapes syntax so hostile text cannot become headings, lists, links or HTML', () => {
    const nasty = makeStory({ headline: '# [x](javascript:alert(1)) <b>', paragraphs: ['1. 不是列表', '- 也不是', '*强调* _下划线_ `代码`'] });
    const md = renderText(nasty, 'md', ctx);
    expect(md).not.toMatch(/^(?!# \\#)#/m);
    expect(md).not.toMatch(/^\d+\. /m);
    expect(md).not.toMatch(/^- /m);
    expect(md).not.toMatch(/(?<!\\)[<[*_`]/);
    expect(readMarkdown(md).map((b) => b.text)).toEqual(storyTexts(nasty));
    expect(unescapeMd(escapeMarkdown('a\\b'))).toBe('a\\b');
  });

  it('bundles every seed story under the document title', () => {
    const seed = seedStories();
    const blocks = readMarkdown(renderBundle(seed, 'md', ctx));
    expect(blocks[0]).toEqual({ heading: 1, text: ctx.docName });
    expect(blocks.filter((b) => b.heading === 2).map((b) => b.text)).toEqual(seed.map((s) => s.edited.headline).filter(Boolean));
  });
});

describe('plain text', () => {
  it('has the head lines together, then paragraphs separated by blank lines', () => {
    const story = fullStory();
    const txt = renderText(story, 'txt', ctx);
    const [head, ...body] = txt.trim().split('\n\n');
    expect(head!.split('\n')).toEqual([story.edited.headline, story.edited.subheadline, story.edited.byline]);
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
    expect(parsed.story).toEqual(story);
    expect(parsed.document).toEqual({ id: ctx.docId, name: ctx.docName });
    expect(parsed.exportedAt).toBe(ctx.exportedAt);
  });

  it('bundles stories as an array', () => {
    const seed = seedStories();
    expect((JSON.parse(renderBundle(seed, 'json', ctx)) as { stories: Story[] }).stories).toEqual(seed);
  });
});
