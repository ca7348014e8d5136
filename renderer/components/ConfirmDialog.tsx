import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { useT } from '../i18n';

interface Ask {
  title: string;
  body: string;
  confirm: string;
  resolve(ok: boolean): void;
}

const useConfirm = create<{ ask: Ask | null }>(() => ({ ask: null }));

/** Asks in the app's own dialog (never window.confirm); resolves true when the editor goes on. */
export function askConfirm(title: string, body: string, confirm: string): Promise<boolean> {
  return new Promise((resolve) => {
    useConfirm.getState().ask?.resolve(false);
    useConfirm.setState({ ask: { title, body, confirm, resolve } });
  });
}

export function ConfirmDialog() {
  const t = useT();
  const ask = useConfirm((s) => s.ask);
  const ok = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (!ask) return;
    returnTo.current = document.activeElement;
    ok.current?.focus();
  }, [ask]);
  if (!ask) return null;
  const answer = (yes: boolean) => {
    useConfirm.setState({ ask: null });
    ask.resolve(yes);
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
  };
  return (
    <div className="modal-backdrop" onPointerDown={(e) => e.target === e.currentTarget && answer(false)}>
      <div
        className="modal confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        data-testid="confirm-dialog"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') answer(false);
        }}
      >
        <h3 id="confirm-title">{ask.title}</h3>
        <p id="confirm-body">{ask.body}</p>
        <div className="modal-actions">
          <button type="button" data-testid="confirm-cancel" onClick={() => answer(false)}>
            {t('cancel')}
          </button>
          <button type="button" className="primary" ref={ok} data-testid="confirm-ok" onClick={() => answer(true)}>
            {ask.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
