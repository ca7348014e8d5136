import { memo, useEffect, useMemo, useRef } from 'react';
import type { Story } from '../../../shared/model';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

/** The original text, line by line, with the selected story's range highlighted and kept in view. */
export function SourcePane({ caretLine, onCaret }: { caretLine: number | null; onCaret(line: number): void }) {
  const t = useT();
  const text = useApp((s) => s.doc?.text ?? '');
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const lines = useMemo(() => text.split('\n'), [text]);
  const selected = stories.find((s) => s.id === selectedId) ?? null;
  const box = useRef<HTMLDivElement>(null);

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

  return (
    <section className="panel source" aria-label={t('original')}>
      <header>
        <h2>{t('original')}</h2>
        {selected && <span className="meta">{t('lines', { a: selected.startLine, b: selected.endLine })}</span>}
      </header>
      <div className="source-lines" ref={box} data-testid="source-pane" lang="zh-CN">
        <Lines
          lines={lines}
          from={selected?.startLine ?? 0}
          to={selected?.endLine ?? -1}
          band={band}
          caretLine={caretLine}
          onPick={(n) => {
            onCaret(n);
            const owner = storyAt[n];
            if (owner) select(owner);
          }}
        />
      </div>
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
