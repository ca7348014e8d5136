import { describe, expect, it } from 'vitest';
import { applySuggestion, proofread, rules } from '../../../shared/proof';

describe('the proofreading API', () => {
  it('lists every rule with a category and both messages, and every suggestion names a listed rule', () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(ids.size).toBe(rules.length);
    for (const r of rules) {
      expect(r.message.zh.length, r.id).toBeGreaterThan(0);
      expect(r.message.en.length, r.id).toBeGreaterThan(0);
    }
    const found = proofread('温州,台州。。文旅旅旅...共有１２６个村--他说"好"。');
    expect(found.length).toBeGreaterThan(5);
    for (const s of found) {
      expect(ids.has(s.rule), s.rule).toBe(true);
      expect(s.category).toBe(rules.find((r) => r.id === s.rule)?.category);
    }
  });

  it('reports spans whose text is exactly the slice, in order, without overlaps', () => {
    const text = '温州,台州。。文旅旅旅...共有１２６个村--他说"好"。';
    const found = proofread(text);
    let reach = 0;
    for (const s of found) {
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(s.start).toBeGreaterThanOrEqual(reach);
      reach = s.end;
    }
  });

  it('reports ，， once, as a doubled mark, not also as two half-width commas', () => {
    expect(proofread('温州,,台州。').map((s) => s.rule)).toEqual(['punct.doubled']);
  });

  it('applies fixes, and applying every fix yields clean text', () => {
    let text = '温州,台州。。文旅旅旅...共有１２６个村--他说"好"。';
    for (const s of proofread(text).reverse()) text = applySuggestion(text, s);
    expect(text).toBe('温州，台州。文旅……共有126个村——他说“好”。');
    expect(proofread(text)).toEqual([]);
  });

  it('refuses a suggestion made for different text and ignores one without a fix', () => {
    const [s] = proofread('温州,台州。');
    expect(() => applySuggestion('杭州，台州。', s!)).toThrow();
    const [noFix] = proofread('他读了《海底两万里，很喜欢。');
    expect(noFix?.replacement).toBeNull();
    expect(applySuggestion('他读了《海底两万里，很喜欢。', noFix!)).toBe('他读了《海底两万里，很喜欢。');
  });
});

describe('options', () => {
  const text = '温州,文旅旅旅总部。';

  it('ignoredRules drops a rule by id or a whole category', () => {
    expect(proofread(text, { ignoredRules: ['punct.halfwidth'] }).map((s) => s.rule)).toEqual(['repeat.char']);
    expect(proofread(text, { ignoredRules: ['repetition'] }).map((s) => s.rule)).toEqual(['punct.halfwidth']);
  });

  it('ignoredWords drops findings on that span', () => {
    expect(proofread(text, { ignoredWords: ['旅旅旅'] }).map((s) => s.rule)).toEqual(['punct.halfwidth']);
  });

  it('dictionary words are accepted as correct', () => {
    expect(proofread('品牌叫“嘻嘻嘻旅旅旅”。', { dictionary: ['嘻嘻嘻旅旅旅'] })).toEqual([]);
    expect(proofread('品牌叫“嘻嘻嘻旅旅旅”。').map((s) => s.rule)).toEqual(['repeat.char']);
  });

  it('language forces the rule set', () => {
    expect(proofread('温州,台州。', { language: 'en' })).toEqual([]);
    expect(proofread('The ferry left  at dawn.', { language: 'zh' }).map((s) => s.rule)).not.toContain('en.double-space');
  });
});
