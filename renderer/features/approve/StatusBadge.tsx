import type { StoryStatus } from '../../../shared/model';
import { useT } from '../../i18n';

export function StatusBadge({ status }: { status: StoryStatus }) {
  const t = useT();
  return (
    <span className={`badge status-${status}`} data-testid="status-badge" data-status={status}>
      {t(`status_${status}`)}
    </span>
  );
}
