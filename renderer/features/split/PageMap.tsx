import { useMemo, useRef, useState } from 'react';
import type { Story } from '../../../shared/model';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { api } from '../../api';

/** The whole page as a slim column: one band per story, coloured by status, marked by flags. Drag a band's lower edge to move a boundary. */
export function PageMap() {
  const t = useT();
  // The selector runs on every store change, so it returns the text itself and the count is memoised.
  const text = useApp((s) => s.doc?.text ?? '');
  const total = useMemo(() => (text ? countLines(text) : 0), [text]);
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const change = useApp((s) => s.change);
  const column = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ storyId: string; line: number } | null>(null);
  if (!total) return null;
  const pct = (line: number) => `${((line - 1) / total) * 100}%`;
  const lineAt = (clientY: number) => {
    const r = column.current!.getBoundingClientRect();
    return Math.max(1, Math.min(total, Math.round(((clientY - r.top) / r.height) * total) + 1));
  };
  return (
    <nav className="page-map" aria-label={t('pageMap')} ref={column} data-testid="page-map">
      {stories.map((s, i) => (
        <Band key={s.id} story={s} index={i} top={pct(s.startLine)} height={`${((s.endLine - s.startLine + 1) / total) * 100}%`} selected={s.id === selectedId} onSelect={() => select(s.id)}>
          {i < stories.length - 1 && (
            <span
              className="edge"
              data-testid="band-edge"
              title={t('boundaryDown')}
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture(e.pointerId);
                setDrag({ storyId: s.id, line: stories[i + 1]!.startLine });
              }}
              onPointerMove={(e) => drag && setDrag({ ...drag, line: lineAt(e.clientY) })}
              onPointerUp={() => {
                const d = drag;
                setDrag(null);
                if (d && d.line !== stories[i + 1]!.startLine) {
                  void change((docId) => api.moveBoundary({ docId, storyId: d.storyId, nextStartLine: d.line }));
                }
              }}
            />
          )}
        </Band>
      ))}
      {drag && <div className="drag-line" style={{ top: pct(drag.line) }} />}
    </nav>
  );
}

function Band(props: { story: Story; index: number; top: string; height: string; selected: boolean; onSelect(): void; children?: React.ReactNode }) {
  const t = useT();
  const s = props.story;
  const flagged = s.flags.length > 0;
  const unsure = s.flags.some((f) => f.code.startsWith('uncertain_'));
  const label = `${props.index + 1}. ${s.edited.headline ?? t('noHeadline')} — ${t(`status_${s.status}`)}${s.flags.map((f) => ` · ${t(`flag_${f.code}`)} (${t('flagConfidence', { n: Math.round(f.confidence * 100) })})`).join('')}`;
  return (
    <div
      role="button"
      tabIndex={0}
      data-testid="map-band"
      aria-label={label}
      title={label}
      className={`band status-${s.status} kind-${s.kind}${flagged ? ' flagged' : ''}${unsure ? ' unsure' : ''}${props.selected ? ' selected' : ''}`}
      style={{ top: props.top, height: props.height }}
      onClick={props.onSelect}
      onKeyDown={(e) => e.key === 'Enter' && props.onSelect()}
    >
      {unsure && (
        <span className="unsure-mark" aria-hidden="true">
          ?
        </span>
      )}
      {props.children}
    </div>
  );
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
