import type { Suggestion } from '../../../shared/proof';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { isWordLike } from './apply-suggestions';

export interface SuggestionActions {
  select(s: Suggestion): void;
  accept(s: Suggestion): void;
  reject(s: Suggestion): void;
  ignoreRule(s: Suggestion): void;
  ignoreWord(s: Suggestion): void;
}

const CONTEXT = 6;

export function SuggestionItem({ s, text, actions }: { s: Suggestion; text: string; actions: SuggestionActions }) {
  const t = useT();
  const lang = useApp((st) => st.lang);
  const blocking = useApp((st) => st.blockingRules.includes(s.rule));
  return (
    <li className={`suggestion cat-${s.category}`} data-testid="suggestion" data-rule={s.rule}>
      <button type="button" className="suggestion-main" data-testid="suggestion-select" onClick={() => actions.select(s)}>
        <span className="suggestion-context" lang="zh-CN">
          {text.slice(Math.max(0, s.start - CONTEXT), s.start)}
          <mark>{s.text}</mark>
          {text.slice(s.end, s.end + CONTEXT)}
        </span>
        {s.replacement !== null && (
          <span className="suggestion-fix" lang="zh-CN">
            → <ins>{s.replacement || t('deleteIt')}</ins>
          </span>
        )}
        <span className="suggestion-message">
          {blocking && (
            <span className="blocking-badge" data-testid="blocking-badge">
              {t('blocksApproval')}
            </span>
          )}
          {s.message[lang]}
        </span>
      </button>
      <span className="suggestion-actions">
        {s.replacement !== null && (
          <button type="button" className="primary" data-testid="suggestion-accept" onClick={() => actions.accept(s)}>
            {t('accept')}
          </button>
        )}
        <button type="button" data-testid="suggestion-reject" onClick={() => actions.reject(s)}>
          {t('rejectSuggestion')}
        </button>
        <button type="button" data-testid="suggestion-ignore-rule" title={s.rule} onClick={() => actions.ignoreRule(s)}>
          {t('ignoreRule')}
        </button>
        {isWordLike(s) && (
          <button type="button" data-testid="suggestion-ignore-word" onClick={() => actions.ignoreWord(s)}>
            {t('addToDictionary')}
          </button>
        )}
      </span>
    </li>
  );
}
