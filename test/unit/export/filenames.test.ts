import { describe, expect, it } from 'vitest';
import { safeFileNames, sanitiseBaseName } from '../../../shared/export';
import { hostileStories, makeStory } from '../../fixtures/export/stories';

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('safeFileNames', () => {
  const names = safeFileNames(hostileStories(), 'md');

  it('never produces a path, a forbidden character, a control char or a trailing dot/space', () => {
    for (const name of names) {
      expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001F]/);
      expect(name).not.toMatch(/^\./);
      expect(name.replace(/\.md$/, '')).not.toMatch(/[. ]$/);
      expect(name.endsWith('.md')).toBe(true);
    }
  });

  it('keeps ../../x inside the export folder', () => {
    expect(names[3]).toBe('x.md');
  });

  it('renames Windows device names, with or without an extension', () => {
    expect(names[4]).toBe('_CON.md');
    expect(names[5]).toBe('_nul.txt.md');
    for (const name of names) expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
  });

  it('numbers duplicates (2), (3) and keeps every name unique ignoring case', () => {
    expect(names.slice(8, 11)).toEqual(['重复的标题.md', '重复的标题 (2).md', '重复的标题 (3).md']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const cased = safeFileNames([makeStory({ headline: 'Report' }), makeStory({ headline: 'REPORT' })], 'txt');
    expect(cased).toEqual(['Report.txt', 'REPORT (2).txt']);
  });

  it('cuts a 300-character headline to 100 characters and a safe byte length, keeping CJK whole', () => {
    const long = names[11]!;
    const base = long.replace(/\.md$/, '');
    expect([...base].length).toBeLessThanOrEqual(100);
    expect(utf8Bytes(long)).toBeLessThanOrEqual(255);
    expect(base).toMatch(/^长+$/);
  });

  it('replaces the hostile characters with spaces and keeps the readable parts', () => {
    expect(names[6]).toBe('a b c d e f g h i j.md');
    expect(names[7]).toBe('尾部有点和空格.md');
  });

  it('names a story without headline from its lead, skipping the 本报讯 credit, else story-N', () => {
    const stories = [
      makeStory({ paragraphs: ['本报讯(记者 林小溪)清晨五点,茶农们已经在坡上采茶。'] }),
      makeStory({ paragraphs: ['Tea growers in the hills start picking at five in the morning every day, rain or shine.'] }),
      makeStory({ paragraphs: [] }),
      makeStory({ headline: '   ', paragraphs: ['///'] }),
    ];
    expect(safeFileNames(stories, 'txt')).toEqual(['清晨五点.txt', 'Tea growers in the hills start picking at.txt', 'story-3.txt', 'story-4.txt']);
  });

  it('strips bidi overrides that would disguise an extension', () => {
    expect(sanitiseBaseName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
  });
});
