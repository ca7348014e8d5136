// The heading-model training pairs (test/corpus/heading-pairs.ts): page-derived pairs plus the
// invented heads of test/corpus/parts/headings-*.ts. Enough of them, both readings about equally
// often, dev and test kept apart, no dash decks (a rule decides those), the same on every call.
// The model's accuracy is not asserted here; `npx tsx scripts/train-split.ts` reports it.
import { describe, expect, it } from 'vitest';
import { dashDeck, headingPairs, headingSplitOf, inventedHeadings, type HeadingPair } from '../../../test/corpus/heading-pairs';

const dev = headingPairs('dev');
const test = headingPairs('test');
const all = [...dev, ...test];
const invented = inventedHeadings();

const lines = (ps: readonly HeadingPair[]) => new Set(ps.flatMap((p) => [p.upper, p.lower]));

describe('heading pairs', () => {
  it('has at least 500 pairs, each reading between 45 % and 55 % of them', () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    const share = all.filter((p) => p.y === 1).length / all.length;
    expect(share).toBeGreaterThanOrEqual(0.45);
    expect(share).toBeLessThanOrEqual(0.55);
    for (const split of [dev, test]) {
      const s = split.filter((p) => p.y === 1).length / split.length;
      expect(s).toBeGreaterThan(0.4);
      expect(s).toBeLessThan(0.6);
    }
  });

  it('gives every invented head a unique stable id, a lead and two distinct lines', () => {
    const ids = new Set<string>();
    for (const h of invented) {
      expect(h.id).toMatch(h.y === 0 ? /^hk-\d{3}$/ : /^hd-\d{3}$/);
      expect(ids.has(h.id), h.id).toBe(false);
      ids.add(h.id);
      expect(h.upper.trim(), h.id).toBe(h.upper);
      expect(h.lower.trim(), h.id).toBe(h.lower);
      expect(h.upper, h.id).not.toBe(h.lower);
      expect(h.lead.length, h.id).toBeGreaterThan(h.lower.length);
    }
    expect(invented.length).toBeGreaterThanOrEqual(500);
    // No line is printed twice across the invented heads, so no line is seen on both sides.
    expect(lines(invented.map((h) => ({ ...h, article: h.id }))).size).toBe(2 * invented.length);
  });

  it('splits the invented heads about 70/30 by their id', () => {
    const nTest = invented.filter((h) => headingSplitOf(h.id) === 'test').length;
    expect(nTest / invented.length).toBeGreaterThan(0.25);
    expect(nTest / invented.length).toBeLessThan(0.35);
    const byId = new Map(all.map((p) => [p.article, p]));
    for (const h of invented) {
      const p = byId.get(h.id);
      expect(p, h.id).toBeDefined();
      expect((headingSplitOf(h.id) === 'dev' ? dev : test).includes(p!), h.id).toBe(true);
    }
  });

  it('keeps dev and test apart by article and by text', () => {
    const devArticles = new Set(dev.map((p) => p.article));
    for (const p of test) expect(devArticles.has(p.article), p.article).toBe(false);
    const devLines = lines(dev);
    for (const p of test) {
      expect(devLines.has(p.upper), p.upper).toBe(false);
      expect(devLines.has(p.lower), p.lower).toBe(false);
    }
  });

  it('leaves out pairs whose lower line starts with a dash', () => {
    expect(dashDeck('——记衢州市一名乡村教师')).toBe(true);
    expect(dashDeck('张三 李四出席')).toBe(false);
    for (const p of all) expect(dashDeck(p.lower), p.lower).toBe(false);
    for (const h of invented) expect(dashDeck(h.lower), h.id).toBe(false);
  });

  it('is the same on every call', () => {
    expect(headingPairs('dev')).toEqual(dev);
    expect(headingPairs('test')).toEqual(test);
  });
});
