import { rules } from '../../../shared/proof';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { categories, categoryKey } from './rule-label';
import { toggled } from './settings-slice';

/** Every proofreading rule, by category, with whether its findings stop a story from being approved. */
export function BlockingRulesSection() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const blocking = useApp((s) => s.blockingRules);
  const ignored = useApp((s) => s.ignoredRules);
  const saveSettings = useApp((s) => s.saveSettings);
  return (
    <section className="settings-section" aria-labelledby="settings-blocking-h" data-testid="settings-blocking">
      <h3 id="settings-blocking-h">{t('blockingRulesTitle')}</h3>
      <p className="settings-hint">{t('blockingRulesHint')}</p>
      {categories.map((category) => (
        <fieldset key={category} className="settings-group">
          <legend>{t(categoryKey(category))}</legend>
          {rules
            .filter((r) => r.category === category)
            .map((r) => {
              const isIgnored = ignored.includes(r.id) || ignored.includes(category);
              return (
                <label key={r.id} className="settings-rule">
                  <input
                    type="checkbox"
                    data-testid={`blocking-${r.id}`}
                    checked={blocking.includes(r.id)}
                    onChange={(e) => {
                      const on = e.target.checked;
                      void saveSettings((s) => ({ blockingRules: toggled(s.blockingRules, r.id, on) }));
                    }}
                  />
                  <span className="settings-rule-message">{r.message[lang]}</span>
                  <code className="settings-rule-id">{r.id}</code>
                  {isIgnored && <span className="settings-rule-note">{t('ruleIgnoredNote')}</span>}
                </label>
              );
            })}
        </fieldset>
      ))}
    </section>
  );
}
