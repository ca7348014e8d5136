// Splitter throughput on a synthetic issue made of the fixture pages, at 1, 2, 5 and 10 MB,
// so a cost that grows faster than the input shows up as falling MB/s, then on pages of 1,000
// to 100,000 short lines (short-lines.ts), where it would grow with the number of lines. The
// reference is a plain line split plus one regex per line over the same text, measured in the
// same run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../../electron/service/importer';
import { segment } from '../../shared/segment';
import { shortLineRows } from './short-lines';
import { time } from './timing';

const MB = 1024 * 1024;
const SIZES_MB = [1, 2, 5, 10];
const TARGET_MB_S = 20;

async function fixturePages(): Promise<string[]> {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'pages');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const seed = join(import.meta.dirname, '..', '..', 'seeds', '000_fd21b5ce20d5087d.txt');
  return Promise.all([seed, ...files.map((f) => join(dir, f))].map(async (p) => (await readSourceFile(p)).text.trim()));
}

/** Pages joined with blank lines until the UTF-8 size reaches `bytes`. */
function buildIssue(pages: readonly string[], bytes: number): { text: string; pages: number } {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const page = pages[i % pages.length]!;
    parts.push(page);
    size += Buffer.byteLength(page) + 3;
  }
  return { text: parts.join('\n\n\n'), pages: parts.length };
}

function reference(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (/[。!?.]$/.test(line)) n++;
  return n;
}

export async function bench(): Promise<void> {
  const pages = await fixturePages();
  console.log('split: segment() over a synthetic issue built from the fixture pages');
  // Let the JIT settle on a small issue first so the 1 MB row is not a warm-up measurement.
  const warm = buildIssue(pages, MB / 2);
  time(() => segment(warm.text), 1000);
  time(() => reference(warm.text), 300);
  for (const mb of SIZES_MB) {
    const issue = buildIssue(pages, mb * MB);
    const bytes = Buffer.byteLength(issue.text);
    const seconds = time(() => segment(issue.text));
    const refSeconds = time(() => reference(issue.text));
    const mbs = bytes / MB / seconds;
    console.log(
      `  ${String(mb).padStart(2)} MB: ${(seconds * 1000).toFixed(0).padStart(5)} ms  ${mbs.toFixed(1).padStart(6)} MB/s  ` +
        `${(issue.pages / seconds).toFixed(0).padStart(6)} pages/s  ${(seconds / refSeconds).toFixed(1)}x the reference pass` +
        (mbs < TARGET_MB_S ? `  (below the ${TARGET_MB_S} MB/s target)` : ''),
    );
  }
  shortLineRows((text) => segment(text), reference);
}

if (process.argv[1] && process.argv[1] === new URL(import.meta.url).pathname) void bench();
