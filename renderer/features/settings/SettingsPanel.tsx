import { useRef } from 'react';
import { useT } from '../../i18n';
import { BlockingRulesSection } from './BlockingRulesSection';
import { DictionarySection } from './DictionarySection';
import { EditorNameSection } from './EditorNameSection';
import { IgnoredRulesSection } from './IgnoredRulesSection';
import { LanguageSection } from './LanguageSection';
import { useModalFocus } from './use-modal-focus';

/** The desk's settings as a modal: each change is saved as it is made, so closing never loses one. */
export function SettingsPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalFocus(box, onClose);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className="settings-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        tabIndex={-1}
        data-testid="settings-panel"
        onKeyDown={onKeyDown}
      >
        <header className="settings-head">
          <h2 id="settings-title">{t('settings')}</h2>
          <span className="spacer" />
          <button type="button" data-testid="settings-close" onClick={onClose}>
            {t('close')}
          </button>
        </header>
        <div className="settings-body">
          <div className="settings-col">
            <EditorNameSection />
            <LanguageSection />
            <DictionarySection />
            <IgnoredRulesSection />
          </div>
          <div className="settings-col">
            <BlockingRulesSection />
          </div>
        </div>
      </div>
    </div>
  );
}
