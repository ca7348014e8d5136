// Runs injection trials the way the CLI proofreads a file (split into stories, then each story
// proofread) and scores them: an error is found when a finding of one of its rules overlaps its
// span; every other finding is a false alarm.
import { proofreadDocument, type DocumentSuggestion } from '../../../../shared/proof';
import { segment } from '../../../../shared/segment';
import { wordFrequencies } from '../../../../electron/service/word-frequencies';
import type { Kind } from './kinds';
import type { Page } from './pages';
import { seeded } from './prng';
import type { Injected } from './splice';

export interface KindScore {
  kind: string;
  family: string;
  trials: number;
  found: number;
  falseAlarms: number;
  chars: number;
  misses: string[];
}

export function proofAsCli(text: string): DocumentSuggestion[] {
  return proofreadDocument(
    text,
    segment(text).map((s) => ({ startLine: s.startLine, endLine: s.endLine })),
    { words: wordFrequencies() },
  );
}

function overlaps(s: { start: number; end: number }, inj: Injected): boolean {
  // A zero-width error (a deletion) is overlapped by a finding that touches it.
  return inj.start === inj.end ? s.start <= inj.start && inj.start <= s.end : s.start < inj.end && inj.start < s.end;
}

function excerpt(inj: Injected): string {
  return inj.text.slice(Math.max(0, inj.start - 8), inj.end + 8).replace(/\n/g, '⏎');
}

export function scoreKind(kind: Kind, pages: Page[], trialsPerPage: number, seed: number): KindScore {
  const rng = seeded(seed);
  const score: KindScore = { kind: kind.id, family: kind.family, trials: 0, found: 0, falseAlarms: 0, chars: 0, misses: [] };
  for (const page of pages) {
    for (let t = 0; t < trialsPerPage; t++) {
      const inj = kind.inject(page, rng);
      if (!inj) break;
      const findings = proofAsCli(inj.text);
      score.trials++;
      score.chars += inj.text.length;
      const hit = findings.some((s) => kind.rules.includes(s.rule) && overlaps(s, inj));
      if (hit) score.found++;
      else score.misses.push(`${page.name}: ${excerpt(inj)}`);
      score.falseAlarms += findings.filter((s) => !overlaps(s, { ...inj, start: inj.start - 1, end: inj.end + 1 })).length;
    }
  }
  return score;
}

export function table(scores: KindScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.family.padEnd(12)} ${s.kind.padEnd(18)} ${String(s.found).padStart(4)}/${String(s.trials).padEnd(4)} ` +
      `${((100 * s.found) / Math.max(1, s.trials)).toFixed(1).padStart(5)}%  false alarms ${s.falseAlarms}`,
  );
  return ['family       kind               found/trials recall', ...rows].join('\n');
}
