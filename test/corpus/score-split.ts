// Scores the real splitter (shared/segment through toCliJson, after the importer's decodeSource)
// on the generated dev and test pages and on the hand-read fixture pages and the seed, and prints
// what fails most on dev. Usage: npm run -s score:split [-- --examples N]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSource, readSourceFile } from '../../electron/service/importer';
import { segment, toCliJson } from '../../shared/segment';
import { formatRates, rates, scorePage, sumCounts, type ScoreCounts, type ScoredStory } from '../unit/segment/score';
import { diagnosePage, type Failure } from './diagnose';
import { generatePages } from './generate';
import type { CorpusPage } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function split(text: string) {
  return toCliJson(segment(text)).stories;
}

function line(label: string, pages: number, counts: ScoreCounts): string {
  return `${label.padEnd(10)} ${String(pages).padStart(4)} pages ${String(counts.expected).padStart(5)} stories  ${formatRates(rates(counts))}`;
}

function scoreCorpus(pages: readonly CorpusPage[]): { counts: ScoreCounts; failures: Failure[] } {
  const all: ScoreCounts[] = [];
  const failures: Failure[] = [];
  for (const p of pages) {
    const actual = split(decodeSource(p.bytes).text);
    all.push(scorePage(p.expected.stories, actual));
    failures.push(...diagnosePage(p, actual));
  }
  return { counts: sumCounts(all), failures };
}

async function scoreHandRead(): Promise<{ pages: number; counts: ScoreCounts }> {
  const dir = join(root, 'test', 'fixtures', 'pages');
  const files = [
    { txt: join(root, 'seeds', '000_fd21b5ce20d5087d.txt'), expected: join(root, 'seeds', '000_fd21b5ce20d5087d.expected.json') },
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ txt: join(dir, f), expected: join(dir, f.replace(/\.txt$/, '.expected.json')) })),
  ];
  const all: ScoreCounts[] = [];
  for (const f of files) {
    const expected = (JSON.parse(readFileSync(f.expected, 'utf8')) as { stories: ScoredStory[] }).stories;
    all.push(scorePage(expected, split((await readSourceFile(f.txt)).text)));
  }
  return { pages: files.length, counts: sumCounts(all) };
}

function breakdown(failures: readonly Failure[], top: number): string[] {
  const byKind = new Map<string, { n: number; example: string }>();
  for (const f of failures) {
    const k = byKind.get(f.kind);
    if (k) k.n++;
    else byKind.set(f.kind, { n: 1, example: f.example });
  }
  return [...byKind.entries()]
    .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([kind, { n, example }]) => `${String(n).padStart(5)}  ${kind}\n         e.g. ${example}`);
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--examples');
  const top = arg > 0 ? Number(process.argv[arg + 1] ?? 25) : 25;
  const dev = generatePages('dev');
  const test = generatePages('test');
  const d = scoreCorpus(dev);
  const t = scoreCorpus(test);
  const h = await scoreHandRead();
  console.log(line('dev', dev.length, d.counts));
  console.log(line('test', test.length, t.counts));
  console.log(line('hand-read', h.pages, h.counts));
  console.log(`\nTop failure kinds on dev (${d.failures.length} in all; [genre/layout] says how the story was printed):`);
  for (const l of breakdown(d.failures, top)) console.log(l);
}

await main();
