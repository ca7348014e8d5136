// The panel's list, one entry per suggestion not rejected, with what each item shows and the
// React key that lets an item survive the proofreader's next answer.
import type { Suggestion } from '../../../shared/proof';
import { suggestionContext, suggestionKey } from './apply-suggestions';

export interface Listed {
  s: Suggestion;
  /** What a rejection is remembered by: the rule, the span and its context. */
  rejectKey: string;
  /** The React key: the rejection key, numbered among equal ones. Unlike an offset it survives
   *  typing before the suggestion, so the list is updated in place rather than rebuilt. */
  id: string;
  before: string;
  after: string;
}

export function listed(text: string, suggestions: readonly Suggestion[], hidden: ReadonlySet<string>): Listed[] {
  const seen = new Map<string, number>();
  const out: Listed[] = [];
  for (const s of suggestions) {
    const context = suggestionContext(text, s);
    const rejectKey = suggestionKey(text, s, context);
    if (hidden.has(rejectKey)) continue;
    const n = seen.get(rejectKey) ?? 0;
    seen.set(rejectKey, n + 1);
    out.push({ s, rejectKey, id: `${rejectKey}\u0000${n}`, ...context });
  }
  return out;
}

export interface SuggestionActions {
  select(s: Suggestion): void;
  accept(s: Suggestion): void;
  /** Rejections are remembered by the suggestion's rejection key. */
  reject(rejectKey: string): void;
  ignoreRule(s: Suggestion): void;
  ignoreWord(s: Suggestion): void;
}

export interface SuggestionItemProps {
  s: Suggestion;
  rejectKey: string;
  /** The text just before and after the flagged span. */
  before: string;
  after: string;
  actions: SuggestionActions;
}

// The proofreader answers with new objects after every pause in typing; an item whose suggestion
// reads the same is not rendered again (its offsets still count: the buttons act on them).
export function sameItem(a: SuggestionItemProps, b: SuggestionItemProps): boolean {
  const x = a.s;
  const y = b.s;
  return (
    a.actions === b.actions &&
    a.rejectKey === b.rejectKey &&
    a.before === b.before &&
    a.after === b.after &&
    x.rule === y.rule &&
    x.start === y.start &&
    x.end === y.end &&
    x.text === y.text &&
    x.replacement === y.replacement &&
    x.category === y.category &&
    x.message.zh === y.message.zh &&
    x.message.en === y.message.en
  );
}
