import type { Lang } from '../../i18n';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

// Each language is named in itself, so an editor who cannot read the current one can still find theirs.
const choices: Array<[Lang, string]> = [
  ['zh', '中文'],
  ['en', 'English'],
];

export function LanguageSection() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const saveSettings = useApp((s) => s.saveSettings);
  return (
    <section className="settings-section" aria-labelledby="settings-lang-h">
      <h3 id="settings-lang-h">{t('settingsLanguage')}</h3>
      <div className="settings-row" role="radiogroup" aria-labelledby="settings-lang-h">
        {choices.map(([value, label]) => (
          <label key={value} className="settings-choice">
            <input
              type="radio"
              name="settings-language"
              data-testid={`settings-lang-${value}`}
              checked={lang === value}
              onChange={() => void saveSettings(() => ({ language: value }))}
            />
            <span lang={value === 'zh' ? 'zh-CN' : 'en'}>{label}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
