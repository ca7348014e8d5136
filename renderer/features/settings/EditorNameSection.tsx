import { useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

/** The name recorded on every operation from now on; earlier log entries keep the name they had. */
export function EditorNameSection() {
  const t = useT();
  const current = useApp((s) => s.editorName) ?? '';
  const saveSettings = useApp((s) => s.saveSettings);
  const [name, setName] = useState(current);
  const clean = name.trim();
  return (
    <section className="settings-section" aria-labelledby="settings-name-h">
      <h3 id="settings-name-h">{t('editorName')}</h3>
      <form
        className="settings-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (clean && clean !== current) void saveSettings(() => ({ editorName: clean }));
        }}
      >
        <input autoFocus data-testid="settings-editor-name" aria-label={t('editorName')} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        <button type="submit" data-testid="settings-editor-name-save" disabled={!clean || clean === current}>
          {t('save')}
        </button>
      </form>
      <p className="settings-hint">{t('editorNameHint')}</p>
    </section>
  );
}
