import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proofreadDocument } from '../../../shared/proof';

const seed = readFileSync('seeds/000_fd21b5ce20d5087d.txt', 'utf8');
const clean = readFileSync('test/fixtures/proof/clean-page.txt', 'utf8');
const lineOf = (text: string, n: number) => text.split('\n')[n - 1] ?? '';

describe('the seed page', () => {
  const found = proofreadDocument(seed);

  it('finds 文旅旅旅 on line 115', () => {
    expect(found.filter((s) => s.rule === 'repeat.char').map((s) => [s.line, s.text])).toEqual([[115, '旅旅旅']]);
  });

  it('finds every half-width , ( ) ? : ! ; in Chinese text, once each, and not the decimals', () => {
    const half = found.filter((s) => s.rule === 'punct.halfwidth');
    const expected = [...seed.matchAll(/[,;:?!()]/g)].map((m) => m.index);
    expect(half.map((s) => s.start)).toEqual(expected);
    expect(half.some((s) => s.text === '.')).toBe(false);
    const line69 = half.filter((s) => s.line === 69).map((s) => s.text);
    expect(line69).toEqual(expect.arrayContaining(['(', ')', ',', '?']));
  });

  it('finds the double quotes nested in the quotation of lines 105–107', () => {
    const nested = found.filter((s) => s.rule === 'punct.nested-quote');
    expect(nested.length).toBe(12);
    expect(nested.every((s) => s.line === 107)).toBe(true);
    const first = nested[0]!;
    expect(seed.slice(first.start, first.start + 6)).toBe('“营商台账”');
    expect(nested.map((s) => s.replacement)).toEqual(Array.from({ length: 6 }, () => ['‘', '’']).flat());
  });

  it('leaves the reduplication on line 91 (星星点点) and elsewhere (常常, 仅仅, 方方面面) alone', () => {
    expect(lineOf(seed, 91)).toContain('星星点点');
    expect(found.filter((s) => s.line === 91 && s.rule !== 'punct.halfwidth')).toEqual([]);
    expect(found.filter((s) => s.category === 'repetition')).toHaveLength(1);
  });

  it('reports offsets into the page with the right line', () => {
    for (const s of found) {
      expect(seed.slice(s.start, s.end)).toBe(s.text);
      expect(seed.slice(0, s.start).split('\n').length).toBe(s.line);
    }
  });
});

describe('a clean page', () => {
  it('of Chinese stories and an English wire story yields no findings', () => {
    expect(clean.length).toBeGreaterThan(3000);
    expect(proofreadDocument(clean)).toEqual([]);
  });

  it('still yields none when proofread story by story', () => {
    const ranges = [
      { startLine: 3, endLine: 45 },
      { startLine: 47, endLine: 59 },
      { startLine: 61, endLine: 69 },
      { startLine: 71, endLine: clean.split('\n').length },
    ];
    expect(proofreadDocument(clean, ranges)).toEqual([]);
  });
});
