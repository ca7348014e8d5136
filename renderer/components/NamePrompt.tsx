import { useState } from 'react';
import { api } from '../api';
import { useT } from '../i18n';
import { useApp } from '../state/store';

/** Asked once: the name is stored in the library's settings and recorded on every operation. */
export function NamePrompt() {
  const t = useT();
  const setEditorName = useApp((s) => s.setEditorName);
  const fail = useApp((s) => s.fail);
  const [name, setName] = useState('');
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-label={t('editorName')}
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          try {
            const settings = await api.updateSettings({ patch: { editorName: name.trim() } });
            setEditorName(settings.editorName);
          } catch (err) {
            fail(err);
          }
        }}
      >
        <p>{t('askName')}</p>
        <input autoFocus data-testid="editor-name-input" aria-label={t('editorName')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary" data-testid="editor-name-save" disabled={!name.trim()}>
          {t('save')}
        </button>
      </form>
    </div>
  );
}
