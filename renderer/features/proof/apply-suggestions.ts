// Accepting suggestions as plain text changes. Several at once are applied against the same
// text (offsets never drift) and become one change set, so "accept all" is one undoable edit.
import type { Suggestion } from '../../../shared/proof';

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/**
 * The changes for the given suggestions, ascending and non-overlapping. Suggestions without a
 * safe fix, overlapping an earlier one, or no longer matching the text are skipped.
 */
export function suggestionChanges(text: string, list: readonly Suggestion[]): TextChange[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextChange[] = [];
  let reach = 0;
  for (const s of sorted) {
    if (s.replacement === null || s.start < reach) continue;
    if (text.slice(s.start, s.end) !== s.text) continue;
    out.push({ from: s.start, to: s.end, insert: s.replacement });
    reach = s.end;
  }
  return out;
}

/** The text with the changes applied (changes ascending, non-overlapping, all against `text`). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = '';
  let pos = 0;
  for (const c of changes) {
    out += text.slice(pos, c.from) + c.insert;
    pos = c.to;
  }
  return out + text.slice(pos);
}

/** The fixes "accept all punctuation-width fixes" takes: half-width marks in Chinese text. */
export function isWidthFix(s: Suggestion): boolean {
  return s.rule === 'punct.halfwidth' && s.replacement !== null;
}

/** Characters either side of a flagged span: shown in the panel, and part of a suggestion's key. */
const CONTEXT = 6;

export interface SuggestionContext {
  before: string;
  after: string;
}

export function suggestionContext(text: string, s: Suggestion): SuggestionContext {
  return { before: text.slice(Math.max(0, s.start - CONTEXT), s.start), after: text.slice(s.end, s.end + CONTEXT) };
}

/**
 * A name for a suggestion that survives edits elsewhere in the story: its rule, span and a few
 * characters either side (not its offset), so a rejected suggestion stays hidden while typing.
 */
export function suggestionKey(text: string, s: Suggestion, context: SuggestionContext = suggestionContext(text, s)): string {
  return `${s.rule}\u0000${context.before}\u0000${s.text}\u0000${context.after}`;
}

/** Offering to add a span to the dictionary only makes sense for words, not lone marks. */
export function isWordLike(s: Suggestion): boolean {
  return /[\p{L}\p{N}]/u.test(s.text);
}
