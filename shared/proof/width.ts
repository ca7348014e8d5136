// Full-width Latin letters (Ａ, ｂ) are a GBK-era input habit; letters are set half-width.
import type { Finding, ProofContext } from './types';

const RUN = /[Ａ-Ｚａ-ｚ]+/g;

export function fullwidthLetters(ctx: ProofContext): Finding[] {
  const out: Finding[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(ctx.text); m; m = RUN.exec(ctx.text)) {
    let half = '';
    for (let i = 0; i < m[0].length; i++) half += String.fromCharCode(m[0].charCodeAt(i) - 0xfee0);
    out.push({ rule: 'width.fullwidth-letter', start: m.index, end: m.index + m[0].length, replacement: half });
  }
  return out;
}
