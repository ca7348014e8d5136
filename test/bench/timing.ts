/** Seconds per call of `fn`, averaged over as many calls as fit in `minMs` after one warm-up call. */
export function time(fn: () => unknown, minMs = 500): number {
  fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / runs / 1000;
}
