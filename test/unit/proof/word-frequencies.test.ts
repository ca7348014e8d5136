import { describe, expect, it } from 'vitest';
import { parseWordFrequencies } from '../../../shared/proof';
import { wordFrequencies } from '../../../electron/service/word-frequencies';

describe('word frequencies', () => {
  const tiny = parseWordFrequencies('温州 100 ns\n市场 200 n\n州 5 n\n市 50 n\n温州市 40 ns\n');

  it('costs the likeliest segmentation: known words beat single characters', () => {
    const total = 100 + 200 + 5 + 50 + 40;
    expect(tiny.cost('温州')).toBeCloseTo(Math.log(total / 100));
    expect(tiny.cost('温州市场')).toBeCloseTo(Math.log(total / 100) + Math.log(total / 200));
    // An unknown character counts as seen once.
    expect(tiny.cost('温州鹿')).toBeCloseTo(Math.log(total / 100) + Math.log(total));
    expect(tiny.has('温州市')).toBe(true);
    expect(tiny.has('州市')).toBe(false);
  });

  it('makes a stranded copy expensive and a boundary cheap', () => {
    const slip = tiny.cost('温州州市场') - tiny.cost('温州市场');
    const boundary = tiny.cost('温州市市场') - tiny.cost('温州市场');
    expect(slip).toBeGreaterThan(boundary + 1);
  });

  it('refuses an empty word list', () => {
    expect(() => parseWordFrequencies('\n\n')).toThrow();
  });

  it("reads jieba's dictionary from the installed package", () => {
    const words = wordFrequencies();
    expect(words.has('市场监管')).toBe(true);
    expect(words.has('星星点点')).toBe(true);
    expect(words.cost('温州市场')).toBeLessThan(words.cost('温州州市场'));
  });
});
