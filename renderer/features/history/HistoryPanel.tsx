import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/api';
import { api } from '../../api';
import { useT, type MessageKey } from '../../i18n';
import { useApp } from '../../state/store';
import { TextDiff } from './TextDiff';

const statusKeys: Record<string, MessageKey> = {
  approved: 'status_approved',
  in_review: 'status_in_review',
  rejected: 'status_rejected',
};

/** Every operation that touched the selected story, newest first: who, when, what, and the text diff of edits. */
export function HistoryPanel() {
  const t = useT();
  const docId = useApp((s) => s.doc?.id ?? null);
  const storyId = useApp((s) => s.selectedId);
  // The story list is replaced after every change: that is the moment the log has grown.
  const stories = useApp((s) => s.stories);
  const fail = useApp((s) => s.fail);
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);

  useEffect(() => {
    if (!open || !docId || !storyId) return;
    let live = true;
    api
      .history({ docId, storyId })
      .then((list) => live && setEntries([...list].reverse()))
      .catch((err: unknown) => live && fail(err));
    return () => {
      live = false;
    };
  }, [open, docId, storyId, stories, fail]);

  if (!docId || !storyId) return null;
  return (
    <section className="panel history" data-testid="history-panel" aria-label={t('history')}>
      <header>
        <button type="button" className="disclosure" aria-expanded={open} data-testid="history-toggle" onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {t('history')}
        </button>
        {open && entries && <span className="meta">{t('historyCount', { n: entries.length })}</span>}
      </header>
      {open && (
        <ol className="history-list" data-testid="history-list">
          {entries?.length === 0 && <li className="empty">{t('historyEmpty')}</li>}
          {entries?.map((e) => (
            <li key={e.id} data-testid="history-entry" data-kind={e.kind}>
              <div className="history-head">
                <span className={`op op-${e.kind}`}>{t(`op_${e.kind}`)}</span>
                <span className="history-by" data-testid="history-by">{e.by}</span>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
              </div>
              <Detail entry={e} statusLabel={(s) => (statusKeys[s] ? t(statusKeys[s]!) : s)} fieldLabel={(f) => fieldLabel(t, f)} summary={localSummary(t, e.summary)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function fieldLabel(t: ReturnType<typeof useT>, field: string): string {
  const para = /^paragraph (\d+)$/.exec(field);
  if (para) return `${t('paragraph')} ${para[1]}`;
  const known: Record<string, MessageKey> = { kicker: 'kicker', headline: 'headline', deck: 'deck', byline: 'byline', dateline: 'dateline', subheads: 'subheads' };
  return known[field] ? t(known[field]!) : field;
}

const lineRoleSummary = /^line (\d+) → (headline|kicker|deck|byline|dateline|subhead|caption|body)$/;
const swapSummary = /^swap headline ↔ (deck|kicker)$/;

/** The service's summaries of field fixes ("line 12 → deck"), in the editor's language; null for others. */
function localSummary(t: ReturnType<typeof useT>, summary: string): string | null {
  const line = lineRoleSummary.exec(summary);
  if (line) return t('assignedLine', { n: line[1]!, role: t(`roleName_${line[2] as 'deck'}`) });
  const swap = swapSummary.exec(summary);
  if (swap) return t(swap[1] === 'deck' ? 'swappedDeck' : 'swappedKicker');
  return null;
}

function Detail({ entry, statusLabel, fieldLabel, summary }: { entry: HistoryEntry; statusLabel(s: string): string; fieldLabel(f: string): string; summary: string | null }) {
  if (summary !== null) {
    return (
      <div className="history-detail">
        <span className="summary" data-testid="history-summary">{summary}</span>
        {entry.kind !== 'undo' && entry.kind !== 'redo' && entry.changes.map((c, i) => (
          <div key={i} className="history-change">
            <span className="field-label">{fieldLabel(c.field)}</span> <TextDiff before={c.before} after={c.after} />
          </div>
        ))}
      </div>
    );
  }
  if (entry.kind === 'status') {
    const [status, ...reason] = entry.summary.split(': ');
    return (
      <div className="history-detail">
        → {statusLabel(status ?? '')}
        {reason.length > 0 && <q>{reason.join(': ')}</q>}
      </div>
    );
  }
  if (entry.kind === 'tag') {
    // "tags: +A −B" — labels never start with + or −, so the signs mark what was added or removed.
    const parts = entry.summary.replace(/^tags:\s*/, '').split(/ (?=[+−])/).filter(Boolean);
    return (
      <div className="history-detail">
        {parts.map((p, i) => (
          <span key={i} className={`tag-change ${p.startsWith('+') ? 'added' : 'removed'}`}>
            {p}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="history-detail">
      {(entry.changes.length === 0 || entry.kind === 'undo' || entry.kind === 'redo') && <span className="summary">{entry.summary}</span>}
      {entry.changes.map((c, i) => (
        <div key={i} className="history-change">
          <span className="field-label">{fieldLabel(c.field)}</span> <TextDiff before={c.before} after={c.after} />
        </div>
      ))}
    </div>
  );
}
