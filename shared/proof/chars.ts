// Character classes by code unit. Rules test neighbours with these instead of building
// substrings, which keeps a pass over megabytes of text allocation-free.

export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    // high surrogates of the supplementary ideograph planes (rare names)
    (c >= 0xd840 && c <= 0xd87f)
  );
}

/** Full-width punctuation and forms, the CJK symbol block, … and —: marks only Chinese text uses. */
export function isCjkMark(c: number): boolean {
  return (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff65) || c === 0x2026 || c === 0x2014 || c === 0x00b7;
}

/** A character that makes its neighbourhood Chinese text. */
export function isCjk(c: number): boolean {
  return isHan(c) || isCjkMark(c);
}

/** Quotes are shared by both scripts, so context checks look through them. */
export function isQuote(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x22 || c === 0x27;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Half- or full-width digit: a wrongly full-width number is still a number to its neighbours. */
export function isAnyDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0;
}

/** The nearest code before i that is not a quote (-1 at the start). */
export function codeBefore(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isQuote(text.charCodeAt(j))) j--;
  return j >= 0 ? text.charCodeAt(j) : -1;
}

/** The nearest code after i that is not a quote (nor a space, when asked); -1 at the end. */
export function codeAfter(text: string, i: number, skipSpaces = false): number {
  let j = i + 1;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (!isQuote(c) && !(skipSpaces && (c === 0x20 || c === 0x3000))) return c;
    j++;
  }
  return -1;
}

/** Chinese context on either side of position i, looking through quotes (and spaces after). */
export function cjkAround(text: string, i: number): boolean {
  return isCjk(codeBefore(text, i)) || isCjk(codeAfter(text, i, true));
}
