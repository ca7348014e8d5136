import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { ruleLabel } from './rule-label';
import { toggled } from './settings-slice';

/** Rules (or whole categories) the proofreader skips everywhere, each with a way back. */
export function IgnoredRulesSection() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const ignored = useApp((s) => s.ignoredRules);
  const saveSettings = useApp((s) => s.saveSettings);
  return (
    <section className="settings-section" aria-labelledby="settings-ignored-h" data-testid="settings-ignored">
      <h3 id="settings-ignored-h">{t('ignoredRulesTitle')}</h3>
      {ignored.length === 0 ? (
        <p className="settings-empty">{t('ignoredRulesEmpty')}</p>
      ) : (
        <ul className="settings-list ignored">
          {ignored.map((id) => (
            <li key={id} data-testid="ignored-rule" data-rule={id}>
              <span>{ruleLabel(id, lang, t)}</span>
              <code className="settings-rule-id">{id}</code>
              <button type="button" data-testid={`unignore-${id}`} onClick={() => void saveSettings((s) => ({ ignoredRules: toggled(s.ignoredRules, id, false) }))}>
                {t('stopIgnoring')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
