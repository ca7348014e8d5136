import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { selectSpan } from '../correct/editor-session';
import { acceptSuggestions } from './accept';
import { isWidthFix, suggestionKey } from './apply-suggestions';
import { SuggestionItem, type SuggestionActions } from './SuggestionItem';
import { useSuggestions } from './useSuggestions';

// Enough to work through; the rest appear as earlier ones are settled.
const SHOWN = 200;
const NO_REJECTIONS: string[] = [];

/** The proofreader's suggestions for the selected story: accept, reject, or ignore each. */
export function ProofPanel() {
  const t = useT();
  const story = useApp((s) => s.stories.find((x) => x.id === s.selectedId) ?? null);
  const rejected = useApp((s) => (story ? (s.rejected[story.id] ?? NO_REJECTIONS) : NO_REJECTIONS));
  const reject = useApp((s) => s.rejectSuggestion);
  const ignoreRule = useApp((s) => s.ignoreRule);
  const addToDictionary = useApp((s) => s.addToDictionary);
  const result = useSuggestions(story);

  const visible = useMemo(() => {
    if (!result) return [];
    const hidden = new Set(rejected);
    return result.suggestions.filter((s) => !hidden.has(suggestionKey(result.text, s)));
  }, [result, rejected]);
  const widthFixes = useMemo(() => visible.filter(isWidthFix), [visible]);

  if (!story) return null;
  const actions: SuggestionActions = {
    select: (s) => selectSpan(story.id, s.start, s.end),
    accept: (s) => void acceptSuggestions(story.id, [s]),
    reject: (s) => result && reject(story.id, suggestionKey(result.text, s)),
    ignoreRule: (s) => void ignoreRule(s.rule),
    ignoreWord: (s) => void addToDictionary(s.text),
  };
  return (
    <section className="panel proof-panel" aria-label={t('proofreading')} data-testid="proof-panel">
      <header>
        <h2>{t('proofreading')}</h2>
        <span className="meta" data-testid="suggestion-count" data-n={result ? visible.length : undefined}>
          {result ? t('suggestionCount', { n: visible.length }) : '…'}
        </span>
        <span className="spacer" />
        <button type="button" data-testid="accept-width-fixes" disabled={widthFixes.length === 0} onClick={() => void acceptSuggestions(story.id, widthFixes)}>
          {t('acceptWidthFixes', { n: widthFixes.length })}
        </button>
      </header>
      {result && visible.length === 0 ? (
        <p className="empty">{t('noSuggestions')}</p>
      ) : (
        <ul className="suggestions" data-testid="suggestions">
          {visible.slice(0, SHOWN).map((s) => (
            <SuggestionItem key={`${s.rule}:${s.start}`} s={s} text={result?.text ?? ''} actions={actions} />
          ))}
          {visible.length > SHOWN && <li className="meta more">{t('moreSuggestions', { n: visible.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
