// Keeps keyboard focus inside an open modal: focus moves in on open, Tab wraps at either end,
// Escape closes, and focus returns to whatever opened the dialog. Key presses never reach the
// desk's single-key shortcuts (A approves, M merges…) behind it. The window is watched, not just the
// dialog, because focus falls to the body when the focused button is removed or disabled.
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

function focusables(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
}

export function useModalFocus(box: RefObject<HTMLElement | null>, onClose: () => void): (e: ReactKeyboardEvent) => void {
  const close = useRef(onClose);
  close.current = onClose;
  // Read during the first render, before any autoFocus inside the dialog moves focus.
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);

  useEffect(() => {
    const back = opener.current;
    const el = box.current;
    if (el && !el.contains(document.activeElement)) (focusables(el)[0] ?? el).focus();

    const onKey = (e: KeyboardEvent) => {
      const dialog = box.current;
      if (!dialog) return;
      const inside = dialog.contains(document.activeElement);
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close.current();
        return;
      }
      if (e.key === 'Tab') {
        const items = focusables(dialog);
        const head = items[0];
        const tail = items[items.length - 1];
        if (!head || !tail) return;
        const wrapTo = !inside ? (e.shiftKey ? tail : head) : e.shiftKey && document.activeElement === head ? tail : !e.shiftKey && document.activeElement === tail ? head : null;
        if (wrapTo) {
          e.preventDefault();
          wrapTo.focus();
        }
        return;
      }
      if (!inside) e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      back?.focus();
    };
  }, [box]);

  // Keys inside the dialog reach its own controls, then stop before the window's shortcuts.
  return (e) => e.stopPropagation();
}
