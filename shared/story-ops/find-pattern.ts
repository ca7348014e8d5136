// What find-and-replace searches with. An editor's regular expression runs on re2js, whose time
// grows linearly with the text: on JavaScript's backtracking engine `(a+)+$` over forty a's and a
// `!` never returns, and in the host that froze every request. The service's replace-all and the
// renderer's preview both search through here, so they find the same matches and neither a host
// nor a browser tab can be frozen by a pattern.
import { RE2JS, RE2JSException } from 're2js';
import { GalleyError } from '../errors';
import { regexToRe2 } from './regex-to-re2';

/** Longer patterns are refused (regex_too_long); the API refuses a longer `find` too. */
export const MAX_REGEX_LENGTH = 1000;

/**
 * Linear time is still the text times the pattern: `.{999}` repeated, or a large repeat inside a
 * lookbehind, compiles to tens of thousands of instructions and would take minutes over one long
 * story. A search may cost at most this much (characters × the pattern's work per character,
 * see workPerChar), which was about a second on a slow shared machine; `(\d+)年(\d+)月` costs 68
 * per character, so it may search 140,000 characters at once (a page is about 10,000).
 */
export const MAX_SEARCH_WORK = 10_000_000;

/**
 * re2js's slowest engine steps every instruction once per character and copies each thread's
 * captures as it goes, so the work grows with program size × groups; lookbehinds run on that
 * engine whatever the pattern, at about twice the cost. The constant is each match's own
 * overhead, which dominates a tiny pattern that matches everywhere (`.`).
 */
function workPerChar(programSize: number, groupCount: number, hasLookbehind: boolean): number {
  return programSize * (1 + groupCount) * (hasLookbehind ? 2 : 1) + 32;
}

export interface TextMatch {
  /** UTF-16 offset of the match in `input`, as String.prototype.indexOf counts. */
  readonly index: number;
  readonly text: string;
  /** Groups 1…n; undefined where a group took no part in the match. */
  readonly captures: readonly (string | undefined)[];
  /** Named groups, only when the pattern has any (then `$<name>` expands). */
  readonly named: ReadonlyMap<string, string | undefined> | undefined;
  readonly input: string;
}

interface PlainPattern {
  readonly regex: false;
  readonly text: string;
}

interface RegexPattern {
  readonly regex: true;
  readonly re2: RE2JS;
  readonly groupCount: number;
  readonly names: ReadonlyMap<string, number>;
  /** The work per character searched, in MAX_SEARCH_WORK's units. */
  readonly cost: number;
}

export type FindPattern = PlainPattern | RegexPattern;

/** RE2 refusals that are about size rather than syntax. */
const TOO_COMPLEX = /invalid repeat count|expression too large/i;

/**
 * The detail shown after the message: RE2's quoted fragment when the editor typed it as it
 * stands (`\p{Hani}`). RE2's own wording is English only, and a fragment of our translation
 * would show the editor text they never typed, so neither is shown.
 */
function offendingPart(re2Message: string, find: string): string | undefined {
  const fragment = /`([^`]*)`$/.exec(re2Message)?.[1];
  return fragment && fragment.length <= 40 && find.includes(fragment) ? fragment : undefined;
}

/**
 * Plain text is matched literally. A regular expression is read with JavaScript's syntax and the
 * 'u' flag's meaning (what find-and-replace always offered), so what JavaScript rejects is
 * `invalid_regex`; what it accepts but RE2 cannot run is `regex_unsupported`.
 */
export function compileFind(find: string, regex: boolean): FindPattern {
  if (!regex) return { regex: false, text: find };
  if (find.length > MAX_REGEX_LENGTH) throw new GalleyError('regex_too_long');
  try {
    // Only compiled, never run, so it cannot backtrack: the syntax check is JavaScript's own.
    new RegExp(find, 'u');
  } catch {
    throw new GalleyError('invalid_regex');
  }
  const translated = regexToRe2(find);
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(translated.source, RE2JS.LOOKBEHINDS);
  } catch (e) {
    if (!(e instanceof RE2JSException)) throw e;
    throw new GalleyError(TOO_COMPLEX.test(e.message) ? 'regex_too_complex' : 'regex_unsupported', offendingPart(e.message, find));
  }
  const { groupCount, names, hasLookbehind } = translated;
  return { regex: true, re2, groupCount, names, cost: workPerChar(re2.programSize(), groupCount, hasLookbehind) };
}

/** Refuses a search that would take too long over `chars` characters, before it starts. */
export function checkSearchWork(pattern: FindPattern, chars: number): void {
  if (pattern.regex && pattern.cost * chars > MAX_SEARCH_WORK) throw new GalleyError('regex_too_complex');
}

/** Where the 'u' flag moves on after an empty match: one code point, so a surrogate pair stays whole. */
function nextCodePoint(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return unit >= 0xd800 && unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

function* plainMatches(p: PlainPattern, input: string): Generator<TextMatch> {
  if (p.text === '') return;
  for (let at = input.indexOf(p.text); at !== -1; at = input.indexOf(p.text, at + p.text.length)) {
    yield { index: at, text: p.text, captures: [], named: undefined, input };
  }
}

function* regexMatches(p: RegexPattern, input: string, withGroups: boolean): Generator<TextMatch> {
  const m = p.re2.matcher(input);
  // Searching on from each match (never back) keeps re2js's lookbehind state valid, and ^, $
  // and \b are judged in the whole text, as String.replace judges them.
  let from = 0;
  while (from <= input.length && m.find(from)) {
    const start = m.start();
    const end = m.end();
    if (end === start) {
      from = nextCodePoint(input, end);
      continue;
    }
    // re2js finds a match's groups by matching it again, which can cost more than the search.
    const captures: (string | undefined)[] = [];
    if (withGroups) for (let g = 1; g <= p.groupCount; g++) captures.push(m.group(g) ?? undefined);
    const named = withGroups && p.names.size ? new Map([...p.names].map(([name, g]) => [name, captures[g - 1]] as const)) : undefined;
    yield { index: start, text: input.slice(start, end), captures, named, input };
    from = end;
  }
}

/**
 * Every non-empty match in `input`, left to right, as `input.replace(/…/gu, …)` meets them.
 * Empty matches (`x*` between letters) are skipped: replace-all neither counts nor changes them.
 * Without `withGroups` the matches carry no captures (for counting, or a template without $1).
 */
export function matchesIn(pattern: FindPattern, input: string, withGroups = true): Generator<TextMatch> {
  return pattern.regex ? regexMatches(pattern, input, withGroups) : plainMatches(pattern, input);
}
