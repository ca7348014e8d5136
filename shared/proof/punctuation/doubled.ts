// Two pause marks in a row (，， 。。 、， …) are a typing slip. ？？ ！！ ？！ are allowed for
// emphasis (GB/T 15834 4.4.3, 4.5.3); 。。。 is a wrong ellipsis, reported by that rule.
import { isCjk } from '../chars';
import type { Finding, ProofContext } from '../types';

const RUN = /[，。、；：？！,;:]{2,}/g;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
const ONLY_EMPHASIS = /^[？！]+$/;
const ONLY_STOPS = /^。{3,}$/;

export function doubledMarks(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    if (ONLY_EMPHASIS.test(run) || ONLY_STOPS.test(run)) continue;
    const start = m.index;
    const end = start + run.length;
    let hasFull = false;
    let first = '';
    let same = true;
    for (const ch of run) {
      const full = FULL[ch] ?? ch;
      if (full === ch) hasFull = true;
      if (!first) first = full;
      else if (full !== first) same = false;
    }
    // Half-width runs count only in Chinese context (not '::' in code or 'a,,b').
    if (!hasFull && !isCjk(text.charCodeAt(start - 1)) && !isCjk(text.charCodeAt(end))) continue;
    out.push({ rule: 'punct.doubled', start, end, replacement: same ? first : null });
  }
  return out;
}
