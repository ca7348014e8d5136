import { memo } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { isWordLike } from './apply-suggestions';
import { sameItem, type SuggestionItemProps } from './listed-suggestions';

// Drawn again only when what it shows or acts on changed (see sameItem).
export const SuggestionItem = memo(function SuggestionItem({ s, rejectKey, before, after, actions }: SuggestionItemProps) {
  const t = useT();
  const lang = useApp((st) => st.lang);
  const blocking = useApp((st) => st.blockingRules.includes(s.rule));
  return (
    <li className={`suggestion cat-${s.category}`} data-testid="suggestion" data-rule={s.rule}>
      <button type="button" className="suggestion-main" data-testid="suggestion-select" onClick={() => actions.select(s)}>
        <span className="suggestion-context" lang="zh-CN">
          {before}
          <mark>{s.text}</mark>
          {after}
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
        <button type="button" data-testid="suggestion-reject" onClick={() => actions.reject(rejectKey)}>
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
}, sameItem);
