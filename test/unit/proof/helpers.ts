import { proofread, type ProofOptions, type Suggestion } from '../../../shared/proof';

/** Findings of one rule, as [flagged text, replacement] pairs. */
export function flagged(text: string, rule: string, options?: ProofOptions): Array<[string, string | null]> {
  return proofread(text, options)
    .filter((s) => s.rule === rule)
    .map((s) => [s.text, s.replacement]);
}

export function rulesHit(text: string, options?: ProofOptions): string[] {
  return proofread(text, options).map((s) => s.rule);
}

export function only(text: string, rule: string): Suggestion[] {
  return proofread(text).filter((s) => s.rule === rule);
}
