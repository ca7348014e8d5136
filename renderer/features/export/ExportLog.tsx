import { useState } from 'react';
import type { ExportLogEntry } from '../../../shared/api';
import { useT } from '../../i18n';

const SHOWN = 5;

/** What was exported, when, by whom, and where the files went (the host's downloads). */
export function ExportLog({ entries }: { entries: ExportLogEntry[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, SHOWN);
  return (
    <div className="export-log">
      <h3>{t('exportLog')}</h3>
      {entries.length === 0 ? (
        <p className="meta">{t('exportLogEmpty')}</p>
      ) : (
        <ol data-testid="export-log">
          {shown.map((e, i) => (
            <li key={`${e.at}-${i}`} data-testid="export-log-entry" data-format={e.format} data-scope={e.scope}>
              <div>
                <strong>{e.format.toUpperCase()}</strong> · {t(`scope_${e.scope}`)} · {t('storiesCount', { n: e.count })} · {e.by}
              </div>
              <div className="meta">
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> · {t('exportWhere')}:{' '}
                <span title={e.files.join('\n')}>
                  {e.files.slice(0, 2).join(', ')}
                  {e.files.length > 2 ? ` ${t('andMore', { n: e.files.length - 2 })}` : ''}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
      {entries.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? t('fewer') : t('showAll', { n: entries.length })}
        </button>
      )}
    </div>
  );
}
