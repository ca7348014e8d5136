// One quantity written half in Arabic, half in Chinese numerals (GB/T 15835 5.1.2): 3千5百,
// 5千元, 二十5, 一千2百, and 20世纪八十年代 (century and decade both Arabic: 20世纪80年代).
// 万 and 亿 are allowed as units after Arabic digits (3.16亿, 2万多家); 千米, 千克, 千瓦 are units.
import type { Finding, ProofContext } from '../types';

// 千 before 米克瓦… is a metric prefix (5千米); 百米 after a digit is not (1百米 is 100米).
const ARABIC_WITH_SMALL_UNIT =
  /(?<![A-Za-z\d.])\d+(?:\.\d+)?(?:千(?![米克瓦伏卡帕兆焦赫大佳强项分])|[十百](?![大佳强项分]))(?:[零〇一二三四五六七八九十百千两]|\d)*/g;
// Arabic on both sides of a small unit is never a legitimate form, even inside a code (C9百19).
const ARABIC_AROUND_UNIT = /\d[十百千]\d+/g;
const CHINESE_THEN_ARABIC = /[一二三四五六七八九两][十百千万][零〇一二三四五六七八九十百千]*\d+/g;
const CENTURY_DECADE = /(\d+)世纪([一二三四五六七八九])十年代/g;
const DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export function mixedNumerals(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  for (const re of [ARABIC_WITH_SMALL_UNIT, CHINESE_THEN_ARABIC, ARABIC_AROUND_UNIT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ rule: 'number.mixed', start: m.index, end: m.index + m[0].length, replacement: null });
    }
  }
  CENTURY_DECADE.lastIndex = 0;
  for (let m = CENTURY_DECADE.exec(text); m; m = CENTURY_DECADE.exec(text)) {
    const decade = DIGIT[m[2] ?? ''];
    out.push({
      rule: 'number.mixed',
      start: m.index,
      end: m.index + m[0].length,
      replacement: decade ? `${m[1]}世纪${decade}0年代` : null,
    });
  }
  return out;
}
