// The injection scorer: errors of every kind the proofreader promises to catch are typed at
// random places (fixed seed) into clean pages, one per trial, and the pages are proofread the
// way the CLI does it. Recall per family must be ≥ 95% and false alarms below one per 2,000
// characters; the table is printed so a change in any kind shows.
import { describe, expect, it } from 'vitest';
import { proofreadDocument } from '../../../shared/proof';
import { wordFrequencies } from '../../../electron/service/word-frequencies';
import { kinds } from './injection/kinds';
import { loadPages } from './injection/pages';
import { proofAsCli, scoreKind, table, type KindScore } from './injection/score';

const TRIALS_PER_PAGE = 100;
const SEED = 20240312;
const MIN_RECALL = 0.95;
const MAX_FALSE_ALARMS_PER_CHAR = 1 / 2000;

const pages = loadPages();
const scores: KindScore[] = kinds.map((k, i) => scoreKind(k, pages, TRIALS_PER_PAGE, SEED + i));

function byFamily(): Map<string, { found: number; trials: number }> {
  const families = new Map<string, { found: number; trials: number }>();
  for (const s of scores) {
    const f = families.get(s.family) ?? { found: 0, trials: 0 };
    f.found += s.found;
    f.trials += s.trials;
    families.set(s.family, f);
  }
  return families;
}

describe('injected errors on clean pages', () => {
  it('starts from pages with (almost) no findings, proofread whole or by story', () => {
    // A reduplicated verb in a headline (居民说说心里话) reads to the word model like a slip; every
    // such finding is also counted as a false alarm in each trial on its page below.
    const all = pages.flatMap((page) => [
      ...proofAsCli(page.text).map((s) => `${page.name}: ${s.rule} ${s.text}`),
      ...proofreadDocument(page.text, undefined, { words: wordFrequencies() }).map((s) => `${page.name} (whole): ${s.rule} ${s.text}`),
    ]);
    console.log(`findings on clean pages: ${all.length ? all.join('; ') : 'none'}`);
    const chars = pages.reduce((n, p) => n + p.text.length, 0);
    expect(all.length / 2, all.join('\n')).toBeLessThan(chars / 20000);
    const zh = pages.filter((p) => p.zh.length > 0).reduce((n, p) => n + p.text.length, 0);
    expect(zh).toBeGreaterThan(8000);
  });

  it('injects every kind many times', () => {
    for (const s of scores) expect(s.trials, s.kind).toBeGreaterThanOrEqual(2 * TRIALS_PER_PAGE);
  });

  it('finds at least 95% of each family of errors', () => {
    const families = byFamily();
    const summary = [...families].map(([f, { found, trials }]) => `${f.padEnd(12)} ${((100 * found) / trials).toFixed(1)}%`);
    console.log(`${table(scores)}\n\nper family:\n${summary.join('\n')}`);
    for (const [family, { found, trials }] of families) {
      expect(found / trials, `${family}: ${found}/${trials}`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
  });

  it('raises fewer than one false alarm per 2,000 characters', () => {
    const alarms = scores.reduce((n, s) => n + s.falseAlarms, 0);
    const chars = scores.reduce((n, s) => n + s.chars, 0);
    console.log(`false alarms: ${alarms} in ${chars} characters (${((2000 * alarms) / chars).toFixed(3)} per 2,000)`);
    expect(alarms / chars).toBeLessThan(MAX_FALSE_ALARMS_PER_CHAR);
  });
});
