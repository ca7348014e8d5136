import { useEffect, useRef, useState } from 'react';
import { useT, type MessageKey } from '../../i18n';

// Mirrors renderer/useKeyboard.ts (and the source pane's and story editor's Alt keys); keep them in step.
const shortcuts: Array<[string, MessageKey]> = [
  ['J / K', 'keyNextPrev'],
  ['A', 'keyApprove'],
  ['B', 'keySendBack'],
  ['S', 'keySplit'],
  ['M', 'keyMerge'],
  ['Ctrl/⌘ + Z', 'keyUndo'],
  ['Ctrl/⌘ + Shift + Z, Ctrl + Y', 'keyRedo'],
  ['Shift + click', 'keyRange'],
  ['Alt + 1…8', 'keyAssignLine'],
  ['Alt + S, Alt + Shift + S', 'keySwapHeading'],
];

/** A small popover listing the desk's keyboard shortcuts; closes on Escape or a click elsewhere. */
export function ShortcutHelp() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', close);
    window.addEventListener('pointerdown', close);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('pointerdown', close);
    };
  }, [open]);
  return (
    <span className="shortcut-help" ref={box}>
      <button type="button" className="round" data-testid="shortcut-help" aria-expanded={open} aria-label={t('shortcuts')} title={t('shortcuts')} onClick={() => setOpen(!open)}>
        ?
      </button>
      {open && (
        <div className="popover" role="dialog" aria-label={t('shortcuts')} data-testid="shortcut-popover">
          <h3>{t('shortcuts')}</h3>
          <dl>
            {shortcuts.map(([keys, what]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{t(what)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </span>
  );
}
