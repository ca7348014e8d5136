// Full-width digits ０-９ → half-width (GB/T 15835 4.1: Arabic numerals are half-width).
import type { Finding, ProofContext } from '../types';

const RUN = /[０-９](?:[０-９．，]*[０-９])?/g;

function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) - 0xfee0);
  return out;
}

export function fullwidthDigits(ctx: ProofContext): Finding[] {
  const out: Finding[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(ctx.text); m; m = RUN.exec(ctx.text)) {
    out.push({ rule: 'number.fullwidth-digit', start: m.index, end: m.index + m[0].length, replacement: toHalfWidth(m[0]) });
  }
  return out;
}
