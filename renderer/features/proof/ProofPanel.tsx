import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { selectSpan } from '../correct/editor-session';
import { acceptSuggestions } from './accept';
import { isWidthFix } from './apply-suggestions';
import { SuggestionItem } from './SuggestionItem';
import { listed, type SuggestionActions } from './listed-suggestions';
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

  const visible = useMemo(() => (result ? listed(result.text, result.suggestions, new Set(rejected)) : []), [result, rejected]);
  const widthFixes = useMemo(() => visible.map((v) => v.s).filter(isWidthFix), [visible]);

  const storyId = story?.id ?? null;
  // One object for the panel's life with a story, so that unchanged items skip re-rendering.
  const actions = useMemo<SuggestionActions | null>(
    () =>
      storyId === null
        ? null
        : {
            select: (s) => selectSpan(storyId, s.start, s.end),
            accept: (s) => void acceptSuggestions(storyId, [s]),
            reject: (key) => reject(storyId, key),
            ignoreRule: (s) => void ignoreRule(s.rule),
            ignoreWord: (s) => void addToDictionary(s.text),
          },
    [storyId, reject, ignoreRule, addToDictionary],
  );

  if (!story || !actions) return null;
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
          {visible.slice(0, SHOWN).map((v) => (
            <SuggestionItem key={v.id} s={v.s} rejectKey={v.rejectKey} before={v.before} after={v.after} actions={actions} />
          ))}
          {visible.length > SHOWN && <li className="meta more">{t('moreSuggestions', { n: visible.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
