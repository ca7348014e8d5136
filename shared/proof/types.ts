// The proofreader's public shapes. Offsets are JavaScript string indices into the text given
// to `proofread`, so the editor can highlight and patch without re-deriving positions.
import type { WordFrequencies } from './word-frequencies';

export type Category = 'punctuation' | 'repetition' | 'number' | 'spacing' | 'english';

export interface Message {
  zh: string;
  en: string;
}

export interface ProofOptions {
  /** Words accepted as correct: a finding lying wholly inside one of them is dropped. */
  dictionary?: string[];
  /** Rule ids (or whole categories) to skip. */
  ignoredRules?: string[];
  /** Flagged spans the editor chose to ignore: a finding on (or inside) one of them is dropped. */
  ignoredWords?: string[];
  language?: 'zh' | 'en' | 'auto';
  /**
   * The word model (jieba's dictionary, loaded by the host). Without it a doubled character is
   * reported only where it can't be a word (的的, 了了), and most doubles typed by slip are missed.
   */
  words?: WordFrequencies;
}

export interface Suggestion {
  rule: string;
  start: number;
  end: number;
  /** The flagged span, always text.slice(start, end). */
  text: string;
  /** The safe fix, or null when the right fix needs a human. */
  replacement: string | null;
  message: Message;
  category: Category;
}

export interface RuleInfo {
  id: string;
  category: Category;
  message: Message;
}

/** What a rule reports; the driver adds the span text, category and default message. */
export interface Finding {
  rule: string;
  start: number;
  end: number;
  replacement: string | null;
  message?: Message;
}

export interface Span {
  start: number;
  /** Exclusive; never includes the line feed. */
  end: number;
}

/** Computed once per call and shared by every rule, so no rule re-splits the text. */
export interface ProofContext {
  text: string;
  lang: 'zh' | 'en';
  /** Every source line, blank ones included. */
  lines: Span[];
  /** Printed paragraphs: non-blank lines, with column-broken halves joined (start of first, end of last). */
  paragraphs: Span[];
  words?: WordFrequencies;
}

export type Rule = (ctx: ProofContext) => Finding[];
