// Chinese typesetting never begins a line with a pause or stop mark (GB/T 15834 5.1.4), so a
// line that does was broken or typed wrongly. The mark belongs to the previous line; the
// right fix needs a look, so none is offered.
import { isCjk, isSpace } from '../chars';
import type { Finding, ProofContext } from '../types';

const FULL_MARKS = new Set(['，', '。', '、', '；', '：', '？', '！']);
const HALF_MARKS = new Set([',', ';', ':', '?', '!']);

export function lineStart(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  for (const line of ctx.lines) {
    let i = line.start;
    while (i < line.end && isSpace(text.charCodeAt(i))) i++;
    if (i >= line.end) continue;
    const ch = text[i] ?? '';
    if (FULL_MARKS.has(ch) || (HALF_MARKS.has(ch) && isCjk(text.charCodeAt(i + 1)))) {
      out.push({ rule: 'punct.line-start', start: i, end: i + 1, replacement: null });
    }
  }
  return out;
}
