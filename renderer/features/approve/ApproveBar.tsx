import { useState } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { ShortcutHelp } from './ShortcutHelp';
import { StatusBadge } from './StatusBadge';

export function ApproveBar() {
  const t = useT();
  const story = useApp((s) => s.stories.find((x) => x.id === s.selectedId) ?? null);
  const change = useApp((s) => s.change);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  if (!story) return null;
  const setStatus = (status: 'approved' | 'in_review' | 'rejected', why?: string) =>
    change((docId) => api.setStatus({ docId, storyId: story.id, status, ...(why ? { reason: why } : {}) }));
  return (
    <div className="approve-bar">
      <StatusBadge status={story.status} />
      {story.approval && story.status === 'approved' && (
        <span className="meta">
          {story.approval.by} · {new Date(story.approval.at).toLocaleString()}
        </span>
      )}
      {story.rejection && story.status === 'rejected' && (
        <span className="meta" data-testid="rejection-reason">
          {story.rejection.by}: {story.rejection.reason}
        </span>
      )}
      <span className="spacer" />
      <button type="button" className="primary" data-testid="approve" disabled={story.status === 'approved'} onClick={() => void setStatus('approved')}>
        {t('approve')}
      </button>
      <button type="button" data-testid="send-back" disabled={story.status === 'in_review'} onClick={() => void setStatus('in_review')}>
        {t('sendBack')}
      </button>
      {rejecting ? (
        <form
          className="reject-form"
          onSubmit={(e) => {
            e.preventDefault();
            void setStatus('rejected', reason).then((ok) => ok && (setRejecting(false), setReason('')));
          }}
        >
          <input data-testid="reject-reason" aria-label={t('rejectReason')} placeholder={t('rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" data-testid="reject-confirm">{t('reject')}</button>
          <button type="button" onClick={() => setRejecting(false)}>{t('cancel')}</button>
        </form>
      ) : (
        <button type="button" data-testid="reject" onClick={() => setRejecting(true)}>
          {t('reject')}
        </button>
      )}
      <ShortcutHelp />
      {story.status === 'in_review' && story.approval && (
        <p className="stale-note" data-testid="changed-after-approval" role="note">
          {t('changedAfterApproval')} ({story.approval.by} · {new Date(story.approval.at).toLocaleString()})
        </p>
      )}
    </div>
  );
}
