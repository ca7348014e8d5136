// Runs every rule family over one story and turns findings into suggestions.
import { buildContext, detectLanguage } from './context';
import { applyOptions, dropOverlaps } from './filter';
import { dash } from './punctuation/dash';
import { doubledMarks } from './punctuation/doubled';
import { ellipsis } from './punctuation/ellipsis';
import { halfwidthPunctuation } from './punctuation/halfwidth';
import { lineStart } from './punctuation/line-start';
import { quotePairs } from './punctuation/quotes';
import { repeatedCharacters } from './repetition';
import { fullwidthDigits } from './numbers/fullwidth-digits';
import { inconsistentNumbers } from './numbers/inconsistent';
import { mixedNumerals } from './numbers/mixed';
import { twoDigitYears } from './numbers/two-digit-year';
import { cjkSpaces } from './spacing';
import { fullwidthLetters } from './width';
import { englishBasics } from './english';
import { ruleInfo } from './rules';
import type { ProofOptions, Rule, Suggestion } from './types';

const families: Rule[] = [
  halfwidthPunctuation,
  quotePairs,
  ellipsis,
  dash,
  doubledMarks,
  lineStart,
  repeatedCharacters,
  fullwidthDigits,
  twoDigitYears,
  mixedNumerals,
  inconsistentNumbers,
  cjkSpaces,
  fullwidthLetters,
  englishBasics,
];

export function proofread(text: string, options: ProofOptions = {}): Suggestion[] {
  const lang = !options.language || options.language === 'auto' ? detectLanguage(text) : options.language;
  const ctx = buildContext(text, lang, options.words);
  const all: Suggestion[] = [];
  for (const family of families) {
    for (const f of family(ctx)) {
      const info = ruleInfo(f.rule);
      all.push({
        rule: f.rule,
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        replacement: f.replacement,
        message: f.message ?? info.message,
        category: info.category,
      });
    }
  }
  return applyOptions(text, dropOverlaps(all), options);
}
