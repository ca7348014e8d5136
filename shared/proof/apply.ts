import type { Suggestion } from './types';

/** The text with one suggestion's fix applied. Refuses a suggestion made for other text. */
export function applySuggestion(text: string, s: Suggestion): string {
  if (s.replacement === null) return text;
  if (text.slice(s.start, s.end) !== s.text) {
    throw new Error(`suggestion ${s.rule} at ${s.start} no longer matches the text`);
  }
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
}
