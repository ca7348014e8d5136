import { useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

/** The desk's section list (settings.sections), one per line. */
export function SectionsEditor({ onClose }: { onClose(): void }) {
  const t = useT();
  const sections = useApp((s) => s.sections);
  const saveSections = useApp((s) => s.saveSections);
  const [draft, setDraft] = useState(sections.join('\n'));
  return (
    <form
      className="sections-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void saveSections(draft.split('\n')).then((ok) => ok && onClose());
      }}
    >
      <label className="field">
        <span className="field-label">{t('sectionsHint')}</span>
        <textarea data-testid="sections-input" rows={Math.min(10, Math.max(3, sections.length + 1))} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="primary" data-testid="sections-save">
          {t('save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
