// Character-level cues a compositor leaves in a page: where a sentence ends, which script a
// line is set in, and which characters can neither end nor begin a real paragraph. Text is
// never normalised: half- and full-width forms are both recognised and kept as printed.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

// A sample is enough to tell the script, and keeps the cost per line constant.
export const SCRIPT_SAMPLE = 160;

function isCjkCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** A line or paragraph set mostly in Latin letters (English wire copy). */
export function isLatinText(text: string): boolean {
  // Counted by UTF-16 unit over the sample, with no slices or match arrays: this runs several
  // times on every line. It stops once the rest of the sample can no longer change the answer.
  const end = Math.min(text.length, SCRIPT_SAMPLE);
  let latin = 0;
  let cjk = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x3400 && isCjkCode(c)) {
      cjk++;
      if (latin + (end - i - 1) <= cjk * 3) return false;
    }
  }
  return latin > 0 && latin > cjk * 3;
}

// What JavaScript's \s matches, by UTF-16 unit.
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// Spaces include the ideographic space (U+3000) that Chinese pages indent with.
export function trimLine(line: string): string {
  if (line === '') return line;
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  if (first > 32 && first !== 0x3000 && first !== 0xfeff && last > 32 && last !== 0x3000) return line;
  return line.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '');
}

export function charCount(text: string): number {
  // Only astral characters (two UTF-16 units) make length and count differ.
  if (!/[\ud800-\udbff]/.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** charCount(text) <= max, without counting when the length alone decides it. */
export function charsAtMost(text: string, max: number): boolean {
  // Every character is one or two UTF-16 units.
  if (text.length <= max) return true;
  if (text.length > max * 2) return false;
  return charCount(text) <= max;
}

// Closing quotes and brackets that may follow the sentence-final mark (。” / ." / !)).
export const CLOSER_CHARS = '"\'”’」』)）]】》';
// The closers an English question or exclamation may end with ("…now?" / "…go!)").
export const EXCLAMATION_CLOSERS = '"”’)';
const SENTENCE_FINAL_CHARS = '。!?！？…．.';
// A dash at the end ("信任危机——") introduces the next paragraph; printed pages break there on purpose.
const DASH_END = /(——|—|--)$/;
const BRACKETED_LINE = /^[(（].*[)）]$/;

// Single UTF-16 units compared as strings: a lone surrogate never equals a listed mark.
function lastIsOneOf(text: string, end: number, chars: string): boolean {
  return end > 0 && chars.includes(text.charAt(end - 1));
}

/** Whether a line ends a sentence (and so probably a paragraph). */
export function endsSentence(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first === 0x28 || first === 0xff08) && BRACKETED_LINE.test(text)) return true; // (完), (Reporting by …; Editing by …)
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if ((last === 0x2014 || last === 0x2d) && DASH_END.test(text)) return true;
  if (lastIsOneOf(text, n, SENTENCE_FINAL_CHARS)) return true;
  // Closers stripped from the end; the mark must be right before them.
  let end = n;
  while (end > 0 && CLOSER_CHARS.includes(text.charAt(end - 1))) end--;
  return end !== n && lastIsOneOf(text, end, SENTENCE_FINAL_CHARS);
}

/** Ends with ? or !, perhaps inside quotes or a bracket. */
export function endsQuestionOrExclamation(text: string): boolean {
  let end = text.length;
  while (end > 0 && EXCLAMATION_CLOSERS.includes(text.charAt(end - 1))) end--;
  const last = text.charAt(end - 1);
  return last === '!' || last === '?';
}

const ROUND_OPENERS = '(（';
const ROUND_CLOSERS = ')）';

/**
 * The text opens a bracket (by default a round one) that it does not close, so it runs on into
 * the next line: a caption's credit cut by a column break, a quote cut mid-speech.
 */
export function leavesOpen(text: string, openers = ROUND_OPENERS, closers = ROUND_CLOSERS): boolean {
  let depth = 0;
  for (const ch of text) {
    if (openers.includes(ch)) depth++;
    else if (closers.includes(ch) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Ends with a mark that always continues: comma, enumeration comma, opening bracket/quote. */
export function endsMidSentence(text: string): boolean {
  return /[,，、(（“‘《「『\-–]$/.test(text) && !DASH_END.test(text);
}

export function endsWithSemicolonOrColon(text: string): ';' | ':' | null {
  if (/[;；]$/.test(text)) return ';';
  if (/[:：]$/.test(text)) return ':';
  return null;
}

// Function words that leave a Chinese clause hanging when they end a line.
const ZH_CANNOT_END = /[的地得和与及或在对把被将为从向于以由并是让使给跟同至每各该其这那也都又还就才再已而但却很更最所若即]$/;
const EN_CANNOT_END =
  /\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|by|for|with|from|as|that|which|who|whose|its|their|his|her|our|than|per|about|into|over|after|before|between|under|said|says|will|would|could|should|has|have|had|is|are|was|were|be|been|more|less|some|this|these|those|if|when|while|because)$/i;

/** The line's last word or character cannot close a clause: it must continue elsewhere. */
// "走进位于柯桥的这家" + "纺织企业": a demonstrative or number with its measure word waits for a noun.
const ZH_MEASURE_END = /[这那该每各某此本一两几多][个家位条项只座种名件台次批类所处栋间张片根]$/;

export function cannotEnd(text: string, latin?: boolean): boolean {
  if (endsMidSentence(text)) return true;
  return (latin ?? isLatinText(text)) ? EN_CANNOT_END.test(text) : ZH_CANNOT_END.test(text) || ZH_MEASURE_END.test(text);
}

// Punctuation, closers and bound particles/measure words never open a Chinese paragraph.
const ZH_CANNOT_START = /^[,，。.、;；:：!！?？)）\]】」』》”’%％…的地得了着过们个吗呢吧啊么之]/;
const EN_CANNOT_START = /^[a-z,;:.)\]%”’]/;

/** The line's first character cannot open a paragraph: it continues the previous one. */
// …except where that character begins a word that opens sentences freely ("过去，…", "地方政府…").
const ZH_OPENING_WORDS =
  /^(?:的确|地方|地区|地处|地块|地铁|地下|地上|地面|地质|地理|得益|得到|得知|得分|了解|了却|着力|着眼|着手|着重|着实|过去|过年|过程|过往|过半|过后|过度|过多|过渡|个人|个体|个性|之前|之后|之所以|之间)/;

export function cannotStart(text: string): boolean {
  return (ZH_CANNOT_START.test(text) && !ZH_OPENING_WORDS.test(text)) || EN_CANNOT_START.test(text);
}

/** A list item (一是 / 二、 / (三) / 1. / 第四,) opens a paragraph of its own after a semicolon. */
export function startsEnumeration(text: string): boolean {
  return /^(?:[一二三四五六七八九十]+[是、]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|\d{1,2}[)）]\s|第[一二三四五六七八九十\d]+[,，、:：]|[①-⑳])/.test(text);
}

/** How to glue the halves of a paragraph cut by a column break. */
export function joinSeparator(before: string, after: string, latinStory: boolean): string {
  const last = before.slice(-1);
  const first = after.slice(0, 1);
  if (isCjkChar(last) || isCjkChar(first) || !latinStory) return '';
  // "well-" + "known": the hyphen was printed, the space was not.
  if (/[A-Za-z]-$/.test(before)) return '';
  return ' ';
}
