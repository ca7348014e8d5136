// How likely a run of Han characters is as Chinese words: the best segmentation by a unigram
// word model (jieba's method: a DAG of dictionary words, each costing -log of its relative
// frequency). The dictionary is data handed in by the host (jieba's dict.txt, "word freq tag"
// lines), so this module stays pure and runs in the browser worker as well as in Node.
// Hand-written rather than calling a segmenter: the doubled-character check needs the cost of a
// segmentation, not its words, and the Node and WebAssembly jieba bindings expose only words.

export interface WordFrequencies {
  /** -log P of the most likely segmentation of `text` into words (lower is likelier). */
  cost(text: string): number;
  /** True when `word` is in the dictionary. */
  has(word: string): boolean;
}

const MAX_WORD = 8;

export function parseWordFrequencies(dict: string): WordFrequencies {
  const freq = new Map<string, number>();
  let total = 0;
  let start = 0;
  while (start < dict.length) {
    let end = dict.indexOf('\n', start);
    if (end < 0) end = dict.length;
    const space = dict.indexOf(' ', start);
    if (space > start && space < end) {
      const n = Number.parseInt(dict.slice(space + 1, end), 10);
      const word = dict.slice(start, space);
      if (n > 0 && word.length <= MAX_WORD) {
        freq.set(word, n);
        total += n;
      }
    }
    start = end + 1;
  }
  if (freq.size === 0) throw new Error('word list is empty');
  const logTotal = Math.log(total);
  // An unknown single character counts as seen once, as in jieba.
  const unknown = logTotal;

  /** best[i]: cost of text.slice(i); next[i]: where the first word of that segmentation ends. */
  function solve(text: string): { best: Float64Array; next: Int32Array } {
    const n = text.length;
    const best = new Float64Array(n + 1);
    const next = new Int32Array(n + 1);
    for (let i = n - 1; i >= 0; i--) {
      const f1 = freq.get(text[i]!);
      let b = (f1 === undefined ? unknown : logTotal - Math.log(f1)) + best[i + 1]!;
      let end = i + 1;
      for (let j = i + 2; j <= Math.min(n, i + MAX_WORD); j++) {
        const f = freq.get(text.slice(i, j));
        if (f === undefined) continue;
        const c = logTotal - Math.log(f) + best[j]!;
        if (c < b) {
          b = c;
          end = j;
        }
      }
      best[i] = b;
      next[i] = end;
    }
    return { best, next };
  }

  return {
    has: (word) => freq.has(word),
    cost: (text) => solve(text).best[0]!,
  };
}
