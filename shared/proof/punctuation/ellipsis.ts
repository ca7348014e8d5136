// The Chinese ellipsis is two … (GB/T 15834 4.11): '...', '。。。', '···' and a lone '…' are not.
// English text keeps its '...' and '…'.
import { isAsciiLetter, isCjk } from '../chars';
import type { Finding, ProofContext } from '../types';

// Runs of … (judged by length), 3+ dots of any width, 3+ ideographic full stops, 3+ middle dots.
const ELLIPSIS = /…+|\.{3,}|．{3,}|。{3,}|[·・]{3,}/g;

export function ellipsis(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  ELLIPSIS.lastIndex = 0;
  for (let m = ELLIPSIS.exec(text); m; m = ELLIPSIS.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    if (run[0] === '…') {
      if (run.length % 2 === 0) continue; // …… and ………… (a whole omitted paragraph) are right
    } else if (run[0] === '.') {
      const prev = text.charCodeAt(start - 1);
      // Dots after an English word, or with no Chinese on either side, are English.
      if (isAsciiLetter(prev) || (!isCjk(prev) && !isCjk(text.charCodeAt(end)))) continue;
    }
    out.push({ rule: 'punct.ellipsis', start, end, replacement: '……' });
  }
  return out;
}
