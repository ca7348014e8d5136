// Small Chinese numerals → Arabic, for the fixes the number rules offer (二〇二三 → 2023,
// 二十七 → 27, 百分之十五点五 → 15.5). Returns null for anything it does not fully understand.

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Digit by digit, as years are read: 二〇二三 → "2023". */
export function digitsToArabic(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out;
}

/** A positional number below 10 000: 二十七 → 27, 十五 → 15, 一百零五 → 105. */
export function numberToArabic(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let pending: number | null = null;
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      pending = d;
      continue;
    }
    const u = UNIT[ch];
    if (u === undefined) return null;
    total += (pending ?? 1) * u;
    pending = null;
  }
  return total + (pending ?? 0);
}

/** 十五 → "15", 十五点五 → "15.5". */
export function decimalToArabic(s: string): string | null {
  const [whole, frac] = s.split('点');
  const w = numberToArabic(whole ?? '');
  if (w === null) return null;
  if (frac === undefined) return String(w);
  const f = digitsToArabic(frac);
  return f === null || f === '' ? null : `${w}.${f}`;
}
