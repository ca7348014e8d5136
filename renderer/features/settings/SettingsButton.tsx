import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n';
import { SettingsPanel } from './SettingsPanel';

/** The top bar's gear: opens the settings dialog. */
export function SettingsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="settings-gear" data-testid="open-settings" aria-haspopup="dialog" aria-label={t('settings')} title={t('settings')} onClick={() => setOpen(true)}>
        ⚙
      </button>
      {/* Portalled to the body so the top bar's dark button styles stay out of the dialog. */}
      {open && createPortal(<SettingsPanel onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
