// Within one story, a kind of number written in Arabic digits somewhere (2023年, 1月7日, 15%,
// 80年代) should not be spelled in Chinese numerals elsewhere (GB/T 15835 keeps one style per
// text). Lunar dates (农历八月十五) are Chinese by convention and are left alone.
import { decimalToArabic, digitsToArabic, numberToArabic } from './chinese-numerals';
import type { Finding, ProofContext } from '../types';

interface Kind {
  arabic: RegExp;
  chinese: RegExp;
  fix: (m: RegExpExecArray) => string | null;
}

const LUNAR = /(?:农历|阴历|正|腊|冬)$/;

const kinds: Kind[] = [
  {
    arabic: /\d{4}年/,
    // Any text may precede the year (成立于二〇二一年); only a longer run of numerals may not.
    chinese: /(?<![〇零一二三四五六七八九十百千万两])([〇零一二三四五六七八九]{4})年/g,
    fix: (m) => {
      const d = digitsToArabic(m[1] ?? '');
      return d ? `${d}年` : null;
    },
  },
  {
    arabic: /\d{1,2}月\d{1,2}[日号]/,
    chinese: /([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})([日号])/g,
    fix: (m) => {
      const mo = numberToArabic(m[1] ?? '');
      const d = numberToArabic(m[2] ?? '');
      return mo && d && mo <= 12 && d <= 31 ? `${mo}月${d}${m[3]}` : null;
    },
  },
  {
    arabic: /\d%/,
    chinese: /百分之([零一二三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?)/g,
    fix: (m) => {
      const n = decimalToArabic(m[1] ?? '');
      return n ? `${n}%` : null;
    },
  },
  {
    arabic: /\d0年代/,
    chinese: /(?<![〇零一二三四五六七八九十百千])([一二三四五六七八九])十年代/g,
    fix: (m) => {
      const n = numberToArabic(m[1] ?? '');
      return n ? `${n}0年代` : null;
    },
  },
];

export function inconsistentNumbers(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  for (const kind of kinds) {
    if (!kind.arabic.test(text)) continue;
    kind.chinese.lastIndex = 0;
    for (let m = kind.chinese.exec(text); m; m = kind.chinese.exec(text)) {
      if (LUNAR.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (m[0] === '百分之百') continue; // the idiom for “completely”, not a percentage
      out.push({ rule: 'number.inconsistent', start: m.index, end: m.index + m[0].length, replacement: kind.fix(m) });
    }
  }
  return out;
}
