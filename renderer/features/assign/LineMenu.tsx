import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LineRole } from '../../../shared/model';
import { useT } from '../../i18n';
import { ROLE_KEYS } from './field-actions';

/**
 * The source line's context menu: what the line is (headline … body), each with its key. Opened by a
 * right click, the context-menu key or Shift+F10; arrows, Enter, the digits 1–8 and Escape work in it.
 */
export function LineMenu(props: { line: number; x: number; y: number; current: LineRole | null; onPick(role: LineRole): void; onClose(): void }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: props.x, top: props.y });

  // Kept inside the window: opened near the bottom or the right edge, it opens upwards or leftwards.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const left = Math.max(4, Math.min(props.x, window.innerWidth - r.width - 4));
    const top = props.y + r.height > window.innerHeight - 4 ? Math.max(4, props.y - r.height) : props.y;
    setPos({ left, top });
    el.querySelector<HTMLElement>('[role="menuitemradio"]')?.focus();
  }, [props.x, props.y]);

  useEffect(() => {
    const away = (e: Event) => {
      if (!box.current?.contains(e.target as Node)) props.onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('resize', props.onClose);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('resize', props.onClose);
    };
  }, [props.onClose]);

  const items = () => [...(box.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
  return (
    <div
      ref={box}
      className="line-menu"
      role="menu"
      aria-label={t('lineMenu', { n: props.line })}
      data-testid="line-menu"
      style={{ left: pos.left, top: pos.top }}
      onKeyDown={(e) => {
        // The menu's keys are its own: none reaches the desk shortcuts behind it.
        e.stopPropagation();
        const list = items();
        const at = list.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'Escape' || e.key === 'Tab') {
          e.preventDefault();
          props.onClose();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          list[(at + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length]?.focus();
        } else if (e.key === 'Home' || e.key === 'End') {
          e.preventDefault();
          list[e.key === 'Home' ? 0 : list.length - 1]?.focus();
        } else {
          const digit = /^Digit([1-8])$/.exec(e.code)?.[1];
          const hit = ROLE_KEYS.find((r) => r.key === digit);
          if (hit) {
            e.preventDefault();
            props.onPick(hit.role);
          }
        }
      }}
    >
      <div className="line-menu-head" aria-hidden="true">
        {t('setLineAs', { n: props.line })}
      </div>
      {ROLE_KEYS.map(({ role, key }) => (
        <button
          key={role}
          type="button"
          role="menuitemradio"
          aria-checked={props.current === role}
          tabIndex={-1}
          data-testid={`assign-${role}`}
          className={props.current === role ? 'current' : undefined}
          onClick={() => props.onPick(role)}
        >
          <span className="check" aria-hidden="true">
            {props.current === role ? '✓' : ''}
          </span>
          <span className="label">{t(`role_${role}`)}</span>
          <kbd>Alt+{key}</kbd>
        </button>
      ))}
    </div>
  );
}
