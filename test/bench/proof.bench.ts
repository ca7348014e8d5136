// Proofreading throughput on 1 MB and 10 MB of page text built by repeating the seed page and
// the proof fixtures. Pages are split once beforehand, so this times the proofreader alone
// (every rule over every story). The reference is a plain line split plus one half-width
// punctuation regex per line over the same text, measured in the same run. Target: ≥ 5 MB/s.
// Then pages of 1,000 to 100,000 short lines (short-lines.ts), split beforehand too: the cost
// per MB must not grow with the number of lines.
// The proofreader runs with jieba's word model, as the CLI does; loading it is timed apart
// (once per process).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proofreadDocument, type StoryRange } from '../../shared/proof';
import { segment } from '../../shared/segment';
import { wordFrequencies } from '../../electron/service/word-frequencies';
import { shortLineRows } from './short-lines';
import { time } from './timing';

const MB = 1024 * 1024;
const SIZES_MB = [1, 10];
const TARGET_MB_S = 5;

function pages(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  return [join(root, 'seeds', '000_fd21b5ce20d5087d.txt'), join(root, 'test', 'fixtures', 'proof', 'clean-page.txt')].map((p) =>
    readFileSync(p, 'utf8').replace(/\r\n?/g, '\n').trim(),
  );
}

function buildText(sources: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const page = sources[i % sources.length]!;
    parts.push(page);
    size += Buffer.byteLength(page) + 3;
  }
  return parts.join('\n\n\n');
}

function reference(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) n += line.match(/[,.;:?!()]/g)?.length ?? 0;
  return n;
}

export async function bench(): Promise<void> {
  const sources = pages();
  console.log('proof: proofreadDocument() over repeated seed + fixture pages (stories split beforehand)');
  const loadStart = performance.now();
  const words = wordFrequencies();
  console.log(`  word model (jieba dict.txt) loaded once in ${(performance.now() - loadStart).toFixed(0)} ms`);
  const warm = buildText(sources, MB / 2);
  const warmStories: StoryRange[] = segment(warm);
  time(() => proofreadDocument(warm, warmStories, { words }), 1000);
  for (const mb of SIZES_MB) {
    const text = buildText(sources, mb * MB);
    const bytes = Buffer.byteLength(text);
    const stories: StoryRange[] = segment(text).map((s) => ({ startLine: s.startLine, endLine: s.endLine }));
    let findings = 0;
    const seconds = time(() => {
      findings = proofreadDocument(text, stories, { words }).length;
    });
    const refSeconds = time(() => reference(text));
    const mbs = bytes / MB / seconds;
    console.log(
      `  ${String(mb).padStart(2)} MB: ${(seconds * 1000).toFixed(0).padStart(5)} ms  ${mbs.toFixed(1).padStart(6)} MB/s  ` +
        `${findings} findings  ${(seconds / refSeconds).toFixed(1)}x the reference pass` +
        (mbs < TARGET_MB_S ? `  (below the ${TARGET_MB_S} MB/s target)` : ''),
    );
  }
  // Split outside the timed call, as above: the split bench times the splitter.
  const split = new Map<string, StoryRange[]>();
  const storiesOf = (text: string) => {
    let stories = split.get(text);
    if (!stories) split.set(text, (stories = segment(text).map((s) => ({ startLine: s.startLine, endLine: s.endLine }))));
    return stories;
  };
  shortLineRows((text) => proofreadDocument(text, storiesOf(text), { words }), reference);
}

if (process.argv[1] && process.argv[1] === new URL(import.meta.url).pathname) void bench();
