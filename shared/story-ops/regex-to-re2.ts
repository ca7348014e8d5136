// Rewrites an editor's JavaScript pattern (the 'u' flag's syntax, already known to be valid) into
// RE2 syntax that matches exactly the same text, so moving find-and-replace onto a linear-time
// engine changes what editors may type only where RE2 cannot follow: backreferences and lookahead.
//
// Where the two dialects read the same spelling differently, the JavaScript meaning is spelled
// out: `.` and `\s` are Unicode-aware in JavaScript but not in RE2, `[\b]` is a backspace, `[]`
// and `[^]` are legal, `\u` escapes and `\p{Script=…}` have other spellings. Named groups become
// plain groups whose names are kept here, because RE2 only accepts ASCII names (姓名 is fine in
// JavaScript) and the replacement's `$<name>` is expanded by us anyway.
import { GalleyError } from '../errors';

export interface Re2Pattern {
  /** RE2 syntax; to be compiled with lookbehinds enabled. */
  readonly source: string;
  /** Every capturing group, numbered as JavaScript numbers them. */
  readonly groupCount: number;
  /** Group name → group number, in the order the groups open. */
  readonly names: ReadonlyMap<string, number>;
  /** Lookbehinds keep re2js off its fast engines. */
  readonly hasLookbehind: boolean;
}

/** JavaScript's WhiteSpace and LineTerminator code points: what `\s` matches with the 'u' flag. */
const JS_SPACE: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

const hex = (cp: number) => `\\x{${cp.toString(16)}}`;
const rangesText = (ranges: ReadonlyArray<readonly [number, number]>) =>
  ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

function complement(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

const SPACE_ITEMS = rangesText(JS_SPACE);
// Spelled as ranges rather than `[^…]` so that `\S` can also stand inside a bracket class.
const NON_SPACE_ITEMS = rangesText(complement(JS_SPACE));
/** `.` without the 's' flag: anything but a line terminator. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

/** General_Category long names, which JavaScript accepts and RE2 spells only in short form. */
const CATEGORY_SHORT: Readonly<Record<string, string>> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt',
  Modifier_Letter: 'Lm', Other_Letter: 'Lo', Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn',
  Spacing_Mark: 'Mc', Enclosing_Mark: 'Me', Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl',
  Other_Number: 'No', Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd',
  Open_Punctuation: 'Ps', Close_Punctuation: 'Pe', Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf',
  Other_Punctuation: 'Po', Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk',
  Other_Symbol: 'So', Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};

const unsupported = (construct: string): never => {
  throw new GalleyError('regex_unsupported', construct);
};

function property(body: string): string {
  const eq = body.indexOf('=');
  if (eq === -1) return CATEGORY_SHORT[body] ?? body;
  const key = body.slice(0, eq);
  const value = body.slice(eq + 1);
  if (key === 'General_Category' || key === 'gc') return CATEGORY_SHORT[value] ?? value;
  if (key === 'Script' || key === 'sc') return value;
  return unsupported(`\\p{${body}}`);
}

const isHex = (s: string) => /^[0-9A-Fa-f]+$/.test(s);

/** One escape at `at` (the backslash): its RE2 spelling and how many characters it took. */
function escape(src: string, at: number, inClass: boolean): { text: string; length: number } {
  const c = src[at + 1] ?? '';
  switch (c) {
    case 's':
      return { text: inClass ? SPACE_ITEMS : `[${SPACE_ITEMS}]`, length: 2 };
    case 'S':
      return { text: inClass ? NON_SPACE_ITEMS : `[${NON_SPACE_ITEMS}]`, length: 2 };
    case 'b':
      // Inside a class JavaScript reads \b as a backspace; outside, both read a word boundary.
      return { text: inClass ? hex(8) : '\\b', length: 2 };
    case '0':
      return { text: hex(0), length: 2 };
    case 'c':
      return { text: hex(src.charCodeAt(at + 2) % 32), length: 3 };
    case 'k':
      return unsupported(src.slice(at, src.indexOf('>', at) + 1));
    case 'u': {
      if (src[at + 2] === '{') {
        const close = src.indexOf('}', at);
        return { text: `\\x{${src.slice(at + 3, close)}}`, length: close + 1 - at };
      }
      const unit = parseInt(src.slice(at + 2, at + 6), 16);
      const low = src.slice(at + 8, at + 12);
      // With the 'u' flag an escaped surrogate pair is one code point.
      if (unit >= 0xd800 && unit <= 0xdbff && src.startsWith('\\u', at + 6) && isHex(low) && low.length === 4) {
        const l = parseInt(low, 16);
        if (l >= 0xdc00 && l <= 0xdfff) return { text: hex(0x10000 + ((unit - 0xd800) << 10) + (l - 0xdc00)), length: 12 };
      }
      return { text: hex(unit), length: 6 };
    }
    case 'p':
    case 'P': {
      const close = src.indexOf('}', at);
      return { text: `\\${c}{${property(src.slice(at + 3, close))}}`, length: close + 1 - at };
    }
    default:
      if (c >= '1' && c <= '9') {
        let end = at + 2;
        while (end < src.length && src[end]! >= '0' && src[end]! <= '9') end++;
        return unsupported(src.slice(at, end));
      }
      // \d \D \w \W \B \f \n \r \t \v \xHH and escaped punctuation mean the same in RE2.
      return { text: '\\' + c, length: 2 };
  }
}

/** A bracket class from its `[`: its RE2 spelling and how many characters it took. */
function bracketClass(src: string, at: number): { text: string; length: number } {
  if (src.startsWith('[]', at)) return { text: '[^\\x{0}-\\x{10ffff}]', length: 2 };
  if (src.startsWith('[^]', at)) return { text: '[\\x{0}-\\x{10ffff}]', length: 3 };
  let i = at + 1;
  let out = '[';
  if (src[i] === '^') {
    out += '^';
    i++;
  }
  while (src[i] !== ']') {
    const c = src[i]!;
    if (c === '\\') {
      const e = escape(src, i, true);
      out += e.text;
      i += e.length;
    } else {
      // A literal [ would start a POSIX class such as [:alpha:] in RE2.
      out += c === '[' ? '\\[' : c;
      i++;
    }
  }
  return { text: out + ']', length: i + 1 - at };
}

/**
 * Translates a pattern that `new RegExp(src, 'u')` accepts. Throws `regex_unsupported` (with the
 * construct as detail) for what RE2 cannot match in linear time: backreferences and lookahead.
 * Lookbehinds are kept; re2js runs them in linear time.
 */
export function regexToRe2(src: string): Re2Pattern {
  let out = '';
  let groupCount = 0;
  const names = new Map<string, number>();
  let hasLookbehind = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      const e = escape(src, i, false);
      out += e.text;
      i += e.length;
    } else if (c === '[') {
      const k = bracketClass(src, i);
      out += k.text;
      i += k.length;
    } else if (c === '.') {
      out += JS_DOT;
      i++;
    } else if (c === '(' && src[i + 1] === '?') {
      const head = src.slice(i, i + 4);
      if (head.startsWith('(?:') || head === '(?<=' || head === '(?<!') {
        const taken = head.startsWith('(?:') ? 3 : 4;
        hasLookbehind ||= taken === 4;
        out += src.slice(i, i + taken);
        i += taken;
      } else if (head.startsWith('(?<')) {
        const close = src.indexOf('>', i);
        const name = src.slice(i + 3, close);
        // An escaped name (\u0041) would need decoding to line up with $<A>; nobody types that.
        // A name used twice (in alternatives, allowed by newer engines) has no single group to expand.
        if (name.includes('\\') || names.has(name)) unsupported(src.slice(i, close + 1));
        names.set(name, ++groupCount);
        out += '(';
        i = close + 1;
      } else {
        // (?= and (?! are lookahead; anything else (inline modifiers) is newer than our engines agree on.
        return unsupported(src.slice(i, i + 3));
      }
    } else if (c === '(') {
      groupCount++;
      out += '(';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return { source: out, groupCount, names, hasLookbehind };
}
