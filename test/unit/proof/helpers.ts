import { proofread, type ProofOptions, type Suggestion } from '../../../shared/proof';
import { wordFrequencies } from '../../../electron/service/word-frequencies';

// Every host proofreads with jieba's word model, so the rule tests do too.
function withWords(options?: ProofOptions): ProofOptions {
  return { words: wordFrequencies(), ...options };
}

/** Findings of one rule, as [flagged text, replacement] pairs. */
export function flagged(text: string, rule: string, options?: ProofOptions): Array<[string, string | null]> {
  return proofread(text, withWords(options))
    .filter((s) => s.rule === rule)
    .map((s) => [s.text, s.replacement]);
}

export function rulesHit(text: string, options?: ProofOptions): string[] {
  return proofread(text, withWords(options)).map((s) => s.rule);
}

export function only(text: string, rule: string): Suggestion[] {
  return proofread(text, withWords()).filter((s) => s.rule === rule);
}
