import { describe, expect, it } from 'vitest';
import type { Fields, Story } from '../../../shared/model';
import { compileFind, countMatches, replaceInStory } from '../../../shared/story-ops/edit';
import { findMatches } from '../../../renderer/features/find/find-matches';

function story(id: string, edited: Partial<Fields>): Story {
  const fields: Fields = { kicker: null, headline: null, deck: null, byline: null, dateline: null, paragraphs: [], subheads: [], ...edited };
  return {
    id,
    startLine: 1,
    endLine: 1,
    kind: 'article',
    original: fields,
    edited: fields,
    tags: [],
    status: 'new',
    approval: null,
    rejection: null,
    flags: [],
    conflicts: [],
  };
}

const stories = [
  story('a', { headline: '温州质量', paragraphs: ['温州人说温州话。', '无关'], subheads: [{ beforeParagraph: 1, text: '温州小标题' }] }),
  story('b', { byline: '温州记者', paragraphs: ['在温州。'] }),
];

describe('the replace-all preview', () => {
  it('lists as many matches as the service will count, with context', () => {
    const pattern = compileFind('温州', false);
    const all = findMatches(stories, new Set(['a', 'b']), pattern, '甬州', 2);
    expect(all.length).toBe(countMatches(stories[0]!, pattern) + countMatches(stories[1]!, pattern));
    const second = all.find((m) => m.field === 'paragraph' && m.after.startsWith('话'))!;
    expect(second).toMatchObject({ storyId: 'a', storyNumber: 1, index: 0, before: '人说', match: '温州', replacement: '甬州' });
    expect(all.filter((m) => m.field === 'subhead')).toHaveLength(1);
  });

  it('keeps to the chosen stories', () => {
    const pattern = compileFind('温州', false);
    expect(findMatches(stories, new Set(['b']), pattern, '').map((m) => m.storyId)).toEqual(['b', 'b']);
  });

  it('previews regex replacements exactly as the service applies them', () => {
    const pattern = compileFind('(温)(州)', true);
    const preview = findMatches(stories, new Set(['a']), pattern, '$2$1');
    const replaced = replaceInStory(stories[0]!, pattern, '$2$1').story.edited.paragraphs[0]!;
    expect(preview.filter((m) => m.field === 'paragraph').every((m) => m.replacement === '州温')).toBe(true);
    expect(replaced).toBe('州温人说州温话。');
  });

  it('finds and replaces in the kicker and the deck, each named, in printed order', () => {
    const s = [story('k', { kicker: '温州引题', headline: '温州标题', deck: '——温州副题', paragraphs: ['正文'] })];
    const pattern = compileFind('温州', false);
    expect(findMatches(s, new Set(['k']), pattern, '甬州').map((m) => m.field)).toEqual(['kicker', 'headline', 'deck']);
    expect(countMatches(s[0]!, pattern)).toBe(3);
    const { edited } = replaceInStory(s[0]!, pattern, '甬州').story;
    expect([edited.kicker, edited.headline, edited.deck]).toEqual(['甬州引题', '甬州标题', '——甬州副题']);
  });

  it('treats plain text literally', () => {
    const s = [story('c', { paragraphs: ['价格 1.5 元，1x5 不算'] })];
    const matches = findMatches(s, new Set(['c']), compileFind('1.5', false), '$1');
    expect(matches.map((m) => [m.match, m.replacement])).toEqual([['1.5', '$1']]);
  });
});

describe('preview of a context-dependent regex', () => {
  it('expands a lookbehind match the same way replace-all does', async () => {
    const { findMatches } = await import('../../../renderer/features/find/find-matches');
    const { compileFind, replaceInStory } = await import('../../../shared/story-ops/edit');
    const { storyFromSegment } = await import('../../../shared/story-ops/story-factory');
    const story = storyFromSegment(
      { kind: 'article', kicker: null, headline: '记者王佳报道', deck: null, byline: null, dateline: null, paragraphs: ['王佳说,记者王佳在现场。'], subheads: [], startLine: 1, endLine: 1, flags: [] },
      'x1',
    );
    const pattern = compileFind('(?<=记者)王(佳)', true);
    const preview = findMatches([story], new Set(['x1']), pattern, '汪$1');
    expect(preview.map((m) => m.replacement)).toEqual(['汪佳', '汪佳']);
    const done = replaceInStory(story, compileFind('(?<=记者)王(佳)', true), '汪$1');
    expect(done.count).toBe(preview.length);
    expect(done.story.edited.paragraphs[0]).toBe('王佳说,记者汪佳在现场。');
  });
});

describe('the preview of a pattern that would freeze a backtracking engine', () => {
  it('lists the matches at once, as replace-all applies them', () => {
    const s = [story('r', { paragraphs: ['a'.repeat(40) + '!', 'a'.repeat(20_000) + '!', 'aaaa'] })];
    const pattern = compileFind('(a+)+$', true);
    const started = performance.now();
    const preview = findMatches(s, new Set(['r']), pattern, '[$1]');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(preview.map((m) => [m.index, m.match, m.replacement])).toEqual([[2, 'aaaa', '[aaaa]']]);
    expect(replaceInStory(s[0]!, pattern, '[$1]').story.edited.paragraphs[2]).toBe('[aaaa]');
  });

  it('refuses what the service would refuse, with the same code', () => {
    const s = [story('r', { paragraphs: ['记者王小明'.repeat(5_000)] })];
    expect(() => findMatches(s, new Set(['r']), compileFind('(?<=.{999})王'.repeat(20), true), '')).toThrow(
      expect.objectContaining({ code: 'regex_too_complex' }),
    );
    expect(() => compileFind('(王)\\1', true)).toThrow(expect.objectContaining({ code: 'regex_unsupported' }));
  });
});
