import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

export function DocumentList() {
  const t = useT();
  const documents = useApp((s) => s.documents);
  const currentId = useApp((s) => s.doc?.id ?? null);
  const { openDocument, importFile } = useApp(useShallow((s) => ({ openDocument: s.openDocument, importFile: s.importFile })));
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="panel documents" aria-label={t('documents')}>
      <header>
        <h2>{t('documents')}</h2>
        <button type="button" data-testid="open-file" onClick={() => input.current?.click()}>
          {t('openFile')}
        </button>
        <input
          ref={input}
          data-testid="file-input"
          type="file"
          accept=".txt,text/plain"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </header>
      <ul data-testid="document-list">
        {documents.map((d) => (
          <li key={d.id}>
            <button type="button" className={d.id === currentId ? 'current' : ''} onClick={() => void openDocument(d.id)} title={d.name}>
              <span className="name">{d.name}</span>
              <span className="meta">{t('progress', { n: d.approvedCount, m: d.storyCount })}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('dropHint')}</p>
    </section>
  );
}
