import { useState } from 'react';
import type { ExportedFile } from '../../../shared/api';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

const formats = ['md', 'html', 'txt', 'json', 'docx', 'nitf', 'newsml'] as const;
type Format = (typeof formats)[number];

function download(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the open document's approved stories; unapproved or changed-since-approval stories never export. */
export function ExportPanel() {
  const t = useT();
  const docId = useApp((s) => s.doc?.id ?? null);
  const notify = useApp((s) => s.notify);
  const fail = useApp((s) => s.fail);
  const [format, setFormat] = useState<Format>('md');
  const [bundle, setBundle] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!docId) return null;
  return (
    <div className="export-panel" data-testid="export-panel">
      <label>
        {t('exportFormat')}{' '}
        <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {f.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" data-testid="export-bundle" checked={bundle} onChange={(e) => setBundle(e.target.checked)} /> {t('bundle')}
      </label>
      <button
        type="button"
        data-testid="export"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const { files } = await api.exportStories({ docId, format, bundle });
            files.forEach(download);
            notify('info', t('exportDone', { n: files.length }));
          } catch (err) {
            fail(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? <progress aria-label={t('export')} /> : t('export')}
      </button>
    </div>
  );
}
