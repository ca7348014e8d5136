import { useCallback, useEffect, useMemo, useState } from 'react';
import { exportFormatSchema, type ExportLogEntry } from '../../../shared/api';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { afterPendingChanges } from '../../state/review-slice';
import { download } from './download';
import { ExportLog } from './ExportLog';
import { scopeArgs, scopeCounts, type ExportScope } from './export-scope';

// Chromium drops a burst of more than ten programmatic downloads from one page; spacing them keeps every file.
const DOWNLOAD_GAP_MS = 150;
const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const scopes: ExportScope[] = ['document', 'selection', 'library'];
// Imported from the API contract, not shared/export: the writers (and their XML library) stay out of the renderer.
type ExportFormat = (typeof exportFormatSchema.options)[number];
const exportFormats = exportFormatSchema.options;
// NITF holds one story per document (shared/export supportsBundle), so a bundle falls back to one file per story.
const supportsBundle = (f: ExportFormat) => f !== 'nitf';

/**
 * Exports approved stories of the open document, the checked stories or the whole library, in one
 * or more formats, format by format so the bar advances. Unapproved stories, and stories changed
 * since their approval, never export: the service checks each approval's hash.
 */
export function ExportPanel() {
  const t = useT();
  const docId = useApp((s) => s.doc?.id ?? null);
  const stories = useApp((s) => s.stories);
  const checkedRaw = useApp((s) => s.checked);
  const documents = useApp((s) => s.documents);
  const notify = useApp((s) => s.notify);
  const fail = useApp((s) => s.fail);
  const [scope, setScope] = useState<ExportScope>('document');
  const [formats, setFormats] = useState<ExportFormat[]>(['md']);
  const [bundle, setBundle] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; current: ExportFormat | null } | null>(null);
  const [log, setLog] = useState<ExportLogEntry[]>([]);
  const checked = useMemo(() => checkedRaw.filter((id) => stories.some((s) => s.id === id)), [checkedRaw, stories]);
  const counts = scopeCounts(scope, stories, checked, documents);
  const busy = progress !== null && progress.done < progress.total;

  const refreshLog = useCallback(() => {
    api.exportLog({}).then(setLog, () => undefined);
  }, []);
  useEffect(refreshLog, [refreshLog]);
  // Checking stories offers the selection; unchecking them all falls back to the document.
  useEffect(() => {
    if (scope === 'selection' && checked.length === 0) setScope('document');
  }, [scope, checked.length]);

  if (!docId) return null;

  const run = async () => {
    const jobs = exportFormats.filter((f) => formats.includes(f));
    let files = 0;
    setProgress({ done: 0, total: jobs.length, current: jobs[0] ?? null });
    try {
      for (const [i, format] of jobs.entries()) {
        setProgress({ done: i, total: jobs.length, current: format });
        // After the editor's pending typing: an edited story is no longer approved, so not exported.
        const out = await afterPendingChanges(() => api.exportStories({ ...scopeArgs(scope, docId, checked), format, bundle: bundle && supportsBundle(format) }));
        for (const file of out.files) {
          download(file);
          await pause(DOWNLOAD_GAP_MS);
        }
        files += out.files.length;
      }
      setProgress({ done: jobs.length, total: jobs.length, current: null });
      notify('info', t('exportDone', { n: files }));
    } catch (err) {
      setProgress(null);
      fail(err);
    } finally {
      refreshLog();
    }
  };

  const nothing = counts.ready === 0;
  return (
    <section className="panel export-panel" data-testid="export-panel" aria-label={t('export')}>
      <header>
        <h2>{t('export')}</h2>
      </header>
      <div className="export-body">
        <fieldset className="row" disabled={busy}>
          <legend className="field-label">{t('exportScope')}</legend>
          {scopes.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="export-scope"
                data-testid={`export-scope-${s}`}
                checked={scope === s}
                disabled={s === 'selection' && checked.length === 0}
                onChange={() => setScope(s)}
              />{' '}
              {s === 'selection' ? t('scopeSelectionN', { n: checked.length }) : t(`scope_${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="row" disabled={busy}>
          <legend className="field-label">{t('exportFormat')}</legend>
          {exportFormats.map((f) => (
            <label key={f}>
              <input
                type="checkbox"
                data-testid={`export-format-${f}`}
                checked={formats.includes(f)}
                onChange={(e) => setFormats(e.target.checked ? [...formats, f] : formats.filter((x) => x !== f))}
              />{' '}
              {f.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <label>
            <input type="checkbox" data-testid="export-bundle" checked={bundle} disabled={busy} onChange={(e) => setBundle(e.target.checked)} /> {t('bundle')}
          </label>
          {bundle && formats.includes('nitf') && <span className="meta">{t('nitfNoBundle')}</span>}
        </div>
        <div className="row">
          <button type="button" className="primary" data-testid="export" disabled={busy || nothing || formats.length === 0} onClick={() => void run()}>
            {t('export')}
          </button>
          <span className="meta" data-testid="export-count">
            {t('exportReady', { n: counts.ready })}
          </span>
          {progress && (
            <span className="export-progress-wrap">
              <progress data-testid="export-progress" value={progress.done} max={progress.total} aria-label={t('exportProgress')} />
              <span className="meta">
                {progress.current ? `${progress.current.toUpperCase()} ${progress.done + 1}/${progress.total}` : t('exportFinished')}
              </span>
            </span>
          )}
        </div>
        {nothing && (
          <p className="export-nothing" data-testid="export-nothing" role="status">
            {t('nothingToExport')}
          </p>
        )}
        {counts.stale > 0 && (
          <p className="meta" data-testid="export-stale">
            {t('staleNotExported', { n: counts.stale })}
          </p>
        )}
        <ExportLog entries={log} />
      </div>
    </section>
  );
}
