import { useEffect, useState } from 'react';
import { api, onHostEvent } from './api';
import { ConfirmDialog } from './components/ConfirmDialog';
import { NamePrompt } from './components/NamePrompt';
import { Notices } from './components/Notices';
import { TopBar } from './components/TopBar';
import { ApproveBar } from './features/approve/ApproveBar';
import { StoryEditor } from './features/correct/StoryEditor';
import { DocumentList } from './features/documents/DocumentList';
import { FindReplace } from './features/find/FindReplace';
import { ProofPanel } from './features/proof/ProofPanel';
import { ExportPanel } from './features/export/ExportPanel';
import { HistoryPanel } from './features/history/HistoryPanel';
import { TagPanel } from './features/tag/TagPanel';
import { PageMap } from './features/split/PageMap';
import { SourcePane } from './features/split/SourcePane';
import { SplitTools } from './features/split/SplitTools';
import { StoryList } from './features/split/StoryList';
import { translate } from './i18n';
import { flushOnLeave } from './state/flush-on-leave';
import { flushPendingCommits } from './state/pending-commits';
import { useApp } from './state/store';
import { useKeyboard } from './useKeyboard';

export function App() {
  const [ready, setReady] = useState(false);
  const [caretLine, setCaretLine] = useState<number | null>(null);
  const editorName = useApp((s) => s.editorName);
  const importFile = useApp((s) => s.importFile);
  useKeyboard(caretLine);

  useEffect(() => {
    void (async () => {
      const s = useApp.getState();
      try {
        const [info, settings] = await Promise.all([api.getAppInfo({}), api.getSettings({})]);
        s.applySettings(settings);
        for (const r of info.recoveries) s.notify('error', translate(settings.language, 'recovered', { file: r.file }));
        await s.refreshDocuments();
        const first = info.firstDocId ?? useApp.getState().documents[0]?.id;
        if (first) await s.openDocument(first);
      } catch (err) {
        s.fail(err);
      } finally {
        setReady(true);
      }
    })();
    const stopFlushOnLeave = flushOnLeave();
    const stopHostEvents = onHostEvent((e) => {
      const s = useApp.getState();
      // The desktop app is quitting: send the typing now; the main process waits before closing the library.
      if (e.type === 'flush') void flushPendingCommits();
      if (e.type === 'opened') void s.refreshDocuments().then(() => s.openDocument(e.docId));
      if (e.type === 'menu' && e.command === 'export') document.querySelector<HTMLElement>('[data-testid="export"]')?.focus();
      if (e.type === 'menu' && e.command === 'open') document.querySelector<HTMLElement>('[data-testid="open-file"]')?.click();
    });
    return () => {
      stopFlushOnLeave();
      stopHostEvents();
    };
  }, []);

  return (
    <div
      className="app"
      data-testid={ready ? 'app-ready' : 'app-loading'}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) void importFile(file);
      }}
    >
      <TopBar />
      <main className="workspace">
        <aside className="left">
          <DocumentList />
          <StoryList />
        </aside>
        <div className="middle">
          <SplitTools caretLine={caretLine} />
          <div className="source-wrap">
            <SourcePane caretLine={caretLine} onCaret={setCaretLine} />
            <PageMap />
          </div>
        </div>
        <div className="right">
          <ApproveBar />
          <TagPanel />
          <HistoryPanel />
          <StoryEditor />
          <ProofPanel />
          <FindReplace />
          <ExportPanel />
        </div>
      </main>
      <Notices />
      <ConfirmDialog />
      {ready && !editorName && <NamePrompt />}
    </div>
  );
}
