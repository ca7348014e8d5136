import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { toggled } from './settings-slice';

// The dictionary may hold thousands of words; the field narrows the list as the editor types.
const SHOWN = 300;

/** Words the proofreader accepts as written: add one, or remove one added by mistake. */
export function DictionarySection() {
  const t = useT();
  const dictionary = useApp((s) => s.dictionary);
  const saveSettings = useApp((s) => s.saveSettings);
  const [word, setWord] = useState('');
  const clean = word.trim();
  const matches = useMemo(() => (clean ? dictionary.filter((w) => w.includes(clean)) : dictionary), [dictionary, clean]);
  const known = dictionary.includes(clean);
  return (
    <section className="settings-section" aria-labelledby="settings-dict-h" data-testid="settings-dictionary">
      <h3 id="settings-dict-h">
        {t('dictionaryTitle')} <span className="meta">({dictionary.length})</span>
      </h3>
      <form
        className="settings-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!clean || known) return;
          void saveSettings((s) => ({ dictionary: toggled(s.dictionary, clean, true) })).then((ok) => ok && setWord(''));
        }}
      >
        <input data-testid="dictionary-input" aria-label={t('dictionaryAddLabel')} placeholder={t('dictionaryAddLabel')} maxLength={80} value={word} onChange={(e) => setWord(e.target.value)} />
        <button type="submit" data-testid="dictionary-add" disabled={!clean || known}>
          {t('dictionaryAdd')}
        </button>
      </form>
      {dictionary.length === 0 ? (
        <p className="settings-empty">{t('dictionaryEmpty')}</p>
      ) : (
        <ul className="settings-list" data-testid="dictionary-list">
          {matches.slice(0, SHOWN).map((w) => (
            <li key={w} data-testid="dictionary-word" data-word={w}>
              <span lang="zh-CN">{w}</span>
              <button
                type="button"
                data-testid="dictionary-remove"
                aria-label={t('dictionaryRemove', { word: w })}
                title={t('dictionaryRemove', { word: w })}
                onClick={() => void saveSettings((s) => ({ dictionary: toggled(s.dictionary, w, false) }))}
              >
                ×
              </button>
            </li>
          ))}
          {matches.length > SHOWN && <li className="meta">{t('moreWords', { n: matches.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
