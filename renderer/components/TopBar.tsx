import { useShallow } from 'zustand/react/shallow';
import { api } from '../api';
import { useT } from '../i18n';
import { useApp } from '../state/store';
import { SettingsButton } from '../features/settings/SettingsButton';

export function TopBar() {
  const t = useT();
  const { canUndo, canRedo, change, lang, setLang, editorName, doc } = useApp(
    useShallow((s) => ({ canUndo: s.canUndo, canRedo: s.canRedo, change: s.change, lang: s.lang, setLang: s.setLang, editorName: s.editorName, doc: s.doc })),
  );
  return (
    <header className="topbar">
      <h1>{t('appTitle')}</h1>
      <span className="doc-name" data-testid="doc-name">{doc?.name}</span>
      <span className="spacer" />
      <button type="button" data-testid="undo" disabled={!canUndo} onClick={() => void change((docId) => api.undo({ docId }))}>
        {t('undo')}
      </button>
      <button type="button" data-testid="redo" disabled={!canRedo} onClick={() => void change((docId) => api.redo({ docId }))}>
        {t('redo')}
      </button>
      <span className="editor-name" title={t('editorName')} data-testid="editor-name">{editorName}</span>
      <button
        type="button"
        data-testid="toggle-language"
        onClick={async () => {
          const next = lang === 'zh' ? 'en' : 'zh';
          setLang(next);
          await api.updateSettings({ patch: { language: next } }).catch(() => undefined);
        }}
      >
        {t('language')}
      </button>
      <SettingsButton />
    </header>
  );
}
