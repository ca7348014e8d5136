import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory, segment, toCliJson, toFields } from '../../../shared/segment';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_fd21b5ce20d5087d.txt'), 'utf8');

describe('readStory', () => {
  it('reads a range the way segment read it', () => {
    for (const s of segment(seed)) expect(readStory(seed, s.startLine, s.endLine)).toEqual({ ...s, flags: s.flags.filter((f) => f.code !== 'uncertain_boundary') });
  });

  it('trims blank lines at both ends of the range', () => {
    const s = readStory(seed, 124, 133);
    expect([s.startLine, s.endLine]).toEqual([127, 132]);
    expect(s.kind).toBe('photo');
  });

  it('reads a merged range as one story, lower headlines becoming subheads or paragraphs', () => {
    const s = readStory(seed, 85, 111);
    expect(s.headline).toBe('嵊泗高标准推进海洋生态环境建设');
    expect(s.paragraphs).toContain(segment(seed)[3]!.paragraphs[0]);
    expect(s.endLine).toBe(111);
  });

  it('flags a story that has no headline', () => {
    const s = readStory(seed, 69, 83);
    expect(s.headline).toBeNull();
    expect(s.flags).toContainEqual(expect.objectContaining({ code: 'missing_headline', line: 69 }));
    expect(s.dateline).toBe('本报讯(记者 褚晶君 共享联盟·海宁 胡晓琳 葛祎凡)');
  });

  it('returns an empty story for a blank range', () => {
    expect(readStory('a\n\n\nb', 2, 3).paragraphs).toEqual([]);
  });
});

describe('output shapes', () => {
  it('toFields copies the readable fields', () => {
    const s = segment(seed)[0]!;
    const f = toFields(s);
    expect(f).toEqual({ kicker: s.kicker, headline: s.headline, deck: s.deck, byline: s.byline, dateline: null, paragraphs: s.paragraphs, subheads: s.subheads });
    f.paragraphs.push('x');
    expect(s.paragraphs).not.toContain('x');
  });

  it('toCliJson prints exactly the documented keys, subheads as strings', () => {
    const out = toCliJson(segment(seed));
    expect(Object.keys(out.stories[0]!)).toEqual(['kind', 'headline', 'subheadline', 'kicker', 'deck', 'byline', 'paragraphs', 'subheads', 'startLine', 'endLine', 'flags']);
    expect(out.stories[0]!.subheads).toEqual(['一段重塑形象的故事', '一份精益求精的执着', '一个贯穿全城的行动']);
  });
});
