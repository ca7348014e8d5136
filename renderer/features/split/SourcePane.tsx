import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LineRole, Story } from '../../../shared/model';
import { roleOfLine } from '../../../shared/story-ops/assign';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { assignLineRole, handleSwapKey, roleForKey } from '../assign/field-actions';
import { LineMenu } from '../assign/LineMenu';

/**
 * The original text, line by line, with the selected story's range highlighted and kept in view.
 * A line is focusable (arrows move between lines); its context menu (right click, the context-menu
 * key, Shift+F10) or Alt+1…Alt+8 sets what it is in its story; Alt+S swaps title and deck.
 */
export function SourcePane({ caretLine, onCaret }: { caretLine: number | null; onCaret(line: number): void }) {
  const t = useT();
  const text = useApp((s) => s.doc?.text ?? '');
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const lines = useMemo(() => text.split('\n'), [text]);
  const selected = stories.find((s) => s.id === selectedId) ?? null;
  const box = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ line: number; x: number; y: number } | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);

  useEffect(() => {
    if (!selected || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${selected.startLine}"]`);
    el?.scrollIntoView({ block: 'start', behavior: 'auto' });
  }, [selected?.id, selected?.startLine]);

  const storyAt = useMemo(() => lineOwners(lines.length, stories), [lines.length, stories]);
  // Every story's range is tinted (alternating), the selected one strongly, so the split reads at a glance.
  const band = useMemo(() => {
    const out: Array<string | undefined> = new Array(lines.length + 2);
    stories.forEach((s, i) => {
      for (let n = s.startLine; n <= s.endLine; n++) out[n] = s.kind === 'nonstory' ? 'band-x' : i % 2 ? 'band-b' : 'band-a';
    });
    return out;
  }, [lines.length, stories]);

  const ownerOf = (n: number) => stories.find((s) => s.id === storyAt[n]) ?? null;
  const printed = (n: number) => (lines[n - 1] ?? '').trim() !== '';
  const pick = (n: number) => {
    onCaret(n);
    const owner = storyAt[n];
    if (owner) select(owner);
  };
  const lineOf = (target: EventTarget | null): number | null => {
    const el = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-line]') : null;
    return el ? Number(el.dataset['line']) : null;
  };
  const openMenu = (n: number, x: number, y: number) => {
    if (!ownerOf(n) || !printed(n)) return;
    pick(n);
    setMenu({ line: n, x, y });
  };
  const openAtLine = (n: number) => {
    const r = box.current?.querySelector<HTMLElement>(`[data-line="${n}"] .tx`)?.getBoundingClientRect();
    if (r) openMenu(n, r.left + 12, r.bottom);
  };
  const assign = (n: number, role: LineRole) => {
    const owner = ownerOf(n);
    setMenu(null);
    if (owner && printed(n)) void assignLineRole(owner, n, role);
    box.current?.querySelector<HTMLElement>(`[data-line="${n}"]`)?.focus();
  };
  const menuStory = menu ? ownerOf(menu.line) : null;

  return (
    <section className="panel source" aria-label={t('original')}>
      <header>
        <h2>{t('original')}</h2>
        {selected && <span className="meta">{t('lines', { a: selected.startLine, b: selected.endLine })}</span>}
      </header>
      <div
        className="source-lines"
        ref={box}
        data-testid="source-pane"
        lang="zh-CN"
        onContextMenu={(e) => {
          const n = lineOf(e.target);
          if (n === null) return;
          e.preventDefault();
          // The keyboard's context-menu event carries no pointer position: the menu opens under the line.
          if (e.clientX === 0 && e.clientY === 0) openAtLine(n);
          else openMenu(n, e.clientX, e.clientY);
        }}
        onKeyDown={(e) => {
          const n = lineOf(e.target);
          if (n === null) return;
          const role = e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey ? roleForKey(/^Digit(\d)$/.exec(e.code)?.[1] ?? '') : null;
          if (role) {
            e.preventDefault();
            e.stopPropagation();
            assign(n, role);
          } else if (handleSwapKey(e, ownerOf(n))) {
            e.preventDefault();
            e.stopPropagation();
          } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
            e.preventDefault();
            e.stopPropagation();
            openAtLine(n);
          } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey && !e.ctrlKey && !e.metaKey) {
            const next = Math.max(1, Math.min(lines.length, n + (e.key === 'ArrowDown' ? 1 : -1)));
            e.preventDefault();
            onCaret(next);
            const el = box.current?.querySelector<HTMLElement>(`[data-line="${next}"]`);
            el?.focus({ preventScroll: true });
            el?.scrollIntoView({ block: 'nearest' });
          }
        }}
      >
        <Lines
          lines={lines}
          from={selected?.startLine ?? 0}
          to={selected?.endLine ?? -1}
          band={band}
          caretLine={caretLine}
          focusLine={caretLine ?? selected?.startLine ?? 1}
          onPick={pick}
        />
      </div>
      {menu &&
        menuStory &&
        createPortal(
          <LineMenu
            line={menu.line}
            x={menu.x}
            y={menu.y}
            current={roleOfLine(menuStory, text, menu.line)}
            onPick={(role) => assign(menu.line, role)}
            onClose={() => {
              closeMenu();
              box.current?.querySelector<HTMLElement>(`[data-line="${menu.line}"]`)?.focus();
            }}
          />,
          document.body,
        )}
    </section>
  );
}

function lineOwners(count: number, stories: Story[]): Array<string | undefined> {
  const owners: Array<string | undefined> = new Array(count + 2);
  for (const s of stories) for (let n = s.startLine; n <= s.endLine; n++) owners[n] = s.id;
  return owners;
}

const Lines = memo(function Lines(props: {
  lines: string[];
  from: number;
  to: number;
  band: Array<string | undefined>;
  caretLine: number | null;
  /** The line Tab lands on (one tab stop for the whole text; arrows move from it). */
  focusLine: number;
  onPick(n: number): void;
}) {
  return (
    <>
      {props.lines.map((line, i) => {
        const n = i + 1;
        const inRange = n >= props.from && n <= props.to;
        return (
          <div
            key={n}
            data-line={n}
            tabIndex={n === props.focusLine ? 0 : -1}
            data-testid={inRange ? 'source-line-highlighted' : undefined}
            className={`line ${props.band[n] ?? ''}${inRange ? ' hl' : ''}${n === props.caretLine ? ' caret' : ''}`}
            onClick={() => props.onPick(n)}
          >
            <span className="ln">{n}</span>
            <span className="tx">{line || '\u00a0'}</span>
          </div>
        );
      })}
    </>
  );
});
