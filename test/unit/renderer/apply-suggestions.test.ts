import { describe, expect, it } from 'vitest';
import { proofread, type Suggestion } from '../../../shared/proof';
import { applyChanges, isWidthFix, isWordLike, suggestionChanges, suggestionKey } from '../../../renderer/features/proof/apply-suggestions';

const sug = (text: string, start: number, end: number, replacement: string | null, rule = 'punct.halfwidth'): Suggestion => ({
  rule,
  start,
  end,
  text: text.slice(start, end),
  replacement,
  message: { zh: '', en: '' },
  category: 'punctuation',
});

describe('applying several suggestions at once', () => {
  it('applies every fix against the original offsets, whatever their order or length change', () => {
    const text = '今天,我们去了文旅旅旅局(新址),很好!';
    const list = proofread(text).filter((s) => s.replacement !== null);
    expect(list.length).toBeGreaterThan(3);
    const shuffled = [...list].reverse();
    expect(applyChanges(text, suggestionChanges(text, shuffled))).toBe('今天，我们去了文旅局（新址），很好！');
  });

  it('gives the same result as applying them one by one from the end', () => {
    const text = '一,二(三)四;五旅旅旅六';
    const list = proofread(text).filter((s) => s.replacement !== null);
    let oneByOne = text;
    for (const s of [...list].sort((a, b) => b.start - a.start)) {
      oneByOne = oneByOne.slice(0, s.start) + s.replacement + oneByOne.slice(s.end);
    }
    expect(applyChanges(text, suggestionChanges(text, list))).toBe(oneByOne);
  });

  it('skips fixes that need a human, overlap an earlier one, or no longer match the text', () => {
    const text = 'ab,cd,ef';
    const changes = suggestionChanges(text, [
      sug(text, 2, 3, '，'),
      sug(text, 2, 4, 'X'), // overlaps the first
      sug(text, 5, 6, null), // no safe fix
      { ...sug(text, 0, 1, 'Z'), text: 'q' }, // made for other text
    ]);
    expect(changes).toEqual([{ from: 2, to: 3, insert: '，' }]);
    expect(applyChanges(text, changes)).toBe('ab，cd,ef');
  });

  it('picks only half-width punctuation fixes for "accept all"', () => {
    const text = '文旅旅旅,好';
    const picked = proofread(text).filter(isWidthFix);
    expect(picked.map((s) => s.text)).toEqual([',']);
  });
});

describe('suggestion keys', () => {
  it('stay the same when the text before the span is edited, and differ for other spans', () => {
    const a = '开头。这是一句话里的甲,乙';
    const b = '新的开头很长。这是一句话里的甲,乙';
    const sa = proofread(a).find((s) => s.text === ',')!;
    const sb = proofread(b).find((s) => s.text === ',')!;
    expect(sa.start).not.toBe(sb.start);
    expect(suggestionKey(a, sa)).toBe(suggestionKey(b, sb));
    const c = '开头。这是一句话里的丙,丁';
    expect(suggestionKey(c, proofread(c).find((s) => s.text === ',')!)).not.toBe(suggestionKey(a, sa));
  });

  it('offers the dictionary only for words, not lone marks', () => {
    expect(isWordLike(sug('a,b', 1, 2, '，'))).toBe(false);
    expect(isWordLike(sug('旅旅旅', 0, 3, '旅', 'repeat.char'))).toBe(true);
  });
});
