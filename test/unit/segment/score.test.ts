// The splitter against every page we hold an expected split for (the seed and each fixture
// page), scored the way it is judged: boundary F1 ≥ 0.98, headlines and bylines exactly right
// ≥ 0.95, repaired paragraphs exactly right ≥ 0.97 — in aggregate, and on each round of hand-read
// pages (`blind-*`, `blind2-*`, `blind3-*`, `blind4-*`, `blind5-*`) on its own, since the other pages' expected files began as the splitter's output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../electron/service/importer';
import { segment, toCliJson } from '../../../shared/segment';
import { formatRates, rates, scorePage, sumCounts, type ScoreCounts, type ScoredStory } from './score';

const root = join(__dirname, '..', '..', '..');
const pagesDir = join(root, 'test', 'fixtures', 'pages');

const THRESHOLDS = { f1: 0.98, headline: 0.95, subheadline: 0.95, byline: 0.95, paragraphs: 0.97 };

const story = (startLine: number, endLine: number, over: Partial<ScoredStory> = {}): ScoredStory => ({
  headline: 'H',
  subheadline: null,
  byline: null,
  paragraphs: ['a', 'b'],
  startLine,
  endLine,
  ...over,
});

describe('scorePage', () => {
  it('counts a story as found only when both its lines match', () => {
    const c = scorePage([story(1, 5), story(7, 9)], [story(1, 5), story(7, 8), story(9, 9)]);
    const r = rates(c);
    expect(c.matched).toBe(1);
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(1 / 2);
    expect(r.f1).toBeCloseTo(0.4);
  });

  it('compares headline, subheadline and byline with the story starting on the same line', () => {
    const c = scorePage(
      [story(1, 5, { byline: '本报记者 甲' }), story(7, 9, { subheadline: '——副题' }), story(11, 12)],
      [story(1, 5, { byline: '本报记者 甲' }), story(7, 10, { headline: 'X' }), story(12, 12)],
    );
    expect([c.headlineExact, c.subheadlineExact, c.bylineExact]).toEqual([1, 1, 2]);
  });

  it('charges a paragraph glued to or cut from another against the larger count', () => {
    const glued = scorePage([story(1, 5, { paragraphs: ['a', 'b', 'c'] })], [story(1, 5, { paragraphs: ['ab', 'c'] })]);
    expect([glued.paragraphsExact, glued.paragraphsTotal]).toEqual([1, 3]);
    const cut = scorePage([story(1, 5, { paragraphs: ['a'] })], [story(1, 5, { paragraphs: ['a', 'a'] })]);
    expect([cut.paragraphsExact, cut.paragraphsTotal]).toEqual([1, 2]);
  });

  it('is perfect on identical splits and adds pages up', () => {
    const page = [story(1, 3), story(5, 9, { byline: 'By X' })];
    const r = rates(sumCounts([scorePage(page, page), scorePage(page, page)]));
    expect(r).toEqual({ precision: 1, recall: 1, f1: 1, headline: 1, subheadline: 1, byline: 1, paragraphs: 1 });
  });
});

interface Page {
  name: string;
  txt: string;
  expected: string;
}

const pages: Page[] = [
  { name: 'seed', txt: join(root, 'seeds', '000_fd21b5ce20d5087d.txt'), expected: join(root, 'seeds', '000_fd21b5ce20d5087d.expected.json') },
  ...readdirSync(pagesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), txt: join(pagesDir, f), expected: join(pagesDir, f.replace(/\.txt$/, '.expected.json')) })),
];

async function score(page: Page): Promise<ScoreCounts> {
  const expected = (JSON.parse(readFileSync(page.expected, 'utf8')) as { stories: ScoredStory[] }).stories;
  const { text } = await readSourceFile(page.txt);
  return scorePage(expected, toCliJson(segment(text)).stories);
}

function expectThresholds(counts: ScoreCounts, label: string): void {
  const r = rates(counts);
  console.log(`${label.padEnd(28)} ${formatRates(r)}  (${counts.expected} stories, ${counts.paragraphsTotal} paragraphs)`);
  for (const [k, min] of Object.entries(THRESHOLDS)) expect(r[k as keyof typeof THRESHOLDS], `${label}: ${k}`).toBeGreaterThanOrEqual(min);
}

describe('the splitter, scored', () => {
  it('meets the thresholds on the seed and every fixture page together, and on the blind pages alone', async () => {
    const roundSizes: Record<string, number> = { 'blind-': 8, 'blind2-': 8, 'blind3-': 6, 'blind4-': 6, 'blind5-': 6 };
    const rounds = Object.keys(roundSizes);
    for (const r of rounds) expect(pages.filter((p) => p.name.startsWith(r)).length, r).toBeGreaterThanOrEqual(roundSizes[r]!);
    const scored = await Promise.all(pages.map(async (p) => ({ page: p, counts: await score(p) })));
    for (const { page, counts } of scored) console.log(`${page.name.padEnd(28)} ${formatRates(rates(counts))}`);
    for (const r of rounds) expectThresholds(sumCounts(scored.filter((s) => s.page.name.startsWith(r)).map((s) => s.counts)), `${r}* pages`);
    expectThresholds(sumCounts(scored.map((s) => s.counts)), 'all pages');
  });
});
