// The short-line rows of the split and proof benches: a page of 1,000 to 100,000 short lines,
// each size timed against the bench's reference pass over the same text in the same run. A
// linear pass costs the same per MB at every size; a quadratic one (re-reading the paragraph
// or the story so far at every line) costs more per MB the more lines there are.
import { SHORT_LINE_SHAPES, shortLinePage, type ShortLineShape } from '../fixtures/short-lines';

const MB = 1024 * 1024;
/** Timed at every size: the worst case, one paragraph of one story whatever the heading rules read. */
const MAIN: ShortLineShape = 'clauses';
const LINES = [1_000, 12_500, 25_000, 50_000, 100_000];
/** Other shapes are timed at the ends of the range only, to keep the bench short. */
const SHAPE_LINES = [12_500, 100_000];
/** Cost per MB may drift this much across sizes and still be flat (a quadratic pass drifts by the size ratio). */
const FLAT_MAX = 2;

interface Row {
  lines: number;
  bytes: number;
  seconds: number;
  /** Seconds over the reference's seconds on the same text. */
  ratio: number;
}

/**
 * Seconds of the fastest call of `fn` among those that fit in `minMs` (at least three). The
 * fastest, not the mean: these rows compare sizes, and on a shared machine the mean of a
 * small page and of a large one are disturbed by different amounts.
 */
function fastest(fn: () => unknown, minMs: number): number {
  fn();
  let best = Infinity;
  const start = performance.now();
  for (let runs = 0; runs < 3 || performance.now() - start < minMs; runs++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best / 1000;
}

function measure(shape: ShortLineShape, lines: number, run: (text: string) => unknown, reference: (text: string) => unknown): Row {
  const text = shortLinePage(shape, lines);
  const seconds = fastest(() => run(text), 500);
  const refSeconds = fastest(() => reference(text), 300);
  return { lines, bytes: Buffer.byteLength(text), seconds, ratio: seconds / refSeconds };
}

function faster(a: Row, b: Row): Row {
  return a.seconds <= b.seconds ? a : b;
}

function print(shape: string, row: Row): void {
  const mb = row.bytes / MB;
  console.log(
    `  ${shape.padEnd(9)} ${String(row.lines).padStart(7)} lines ${(row.bytes / 1024).toFixed(0).padStart(5)} KB: ` +
      `${(row.seconds * 1000).toFixed(0).padStart(5)} ms  ${(mb / row.seconds).toFixed(2).padStart(6)} MB/s  ` +
      `${row.ratio.toFixed(1).padStart(5)}x the reference pass`,
  );
}

// Judged on the pass's own cost per MB, by its fastest call at each size: the reference is no
// yardstick across sizes here, since it makes one string per line and so itself costs up to a
// few times more per MB at 100,000 lines than at 12,500 (the collector has more to move).
function verdict(rows: readonly Row[]): string {
  const perMb = rows.map((r) => r.seconds / (r.bytes / MB));
  const spread = Math.max(...perMb) / Math.min(...perMb);
  return `cost per MB, most / least: ${spread.toFixed(2)}x` + (spread > FLAT_MAX ? `  (NOT FLAT: over ${FLAT_MAX}x)` : ' (flat)');
}

/** Prints the short-line rows for `run`, measured against `reference`. */
export function shortLineRows(run: (text: string) => unknown, reference: (text: string) => unknown): void {
  console.log('  pages of short lines (test/fixtures/short-lines.ts): short clauses, all rejoined into one paragraph');
  // Warm the JIT on each shape first, as the MB rows do, so the first row is not a warm-up.
  const warm = (shape: ShortLineShape) => fastest(() => run(shortLinePage(shape, 5_000)), 200);
  warm(MAIN);
  // Twice over, keeping each size's faster pass: a burst of other work on the machine then
  // slows one pass of a size, not the row.
  const first = LINES.map((n) => measure(MAIN, n, run, reference));
  const rows = LINES.map((n, i) => faster(first[i]!, measure(MAIN, n, run, reference)));
  for (const row of rows) print(MAIN, row);
  console.log(`  ${verdict(rows)}`);
  console.log(`  the other shapes, at ${SHAPE_LINES.map((n) => n.toLocaleString('en')).join(' and ')} lines:`);
  for (const shape of SHORT_LINE_SHAPES) {
    if (shape === MAIN) continue;
    warm(shape);
    const ends = SHAPE_LINES.map((n) => measure(shape, n, run, reference));
    for (const row of ends) print(shape, row);
    console.log(`  ${shape}: ${verdict(ends)}`);
  }
}
