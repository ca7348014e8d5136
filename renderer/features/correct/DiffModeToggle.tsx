import { useT } from '../../i18n';
import { useApp } from '../../state/store';

/** Side by side against the original, or the changes marked inline in one column. */
export function DiffModeToggle() {
  const t = useT();
  const mode = useApp((s) => s.diffMode);
  const setMode = useApp((s) => s.setDiffMode);
  return (
    <div className="diff-toggle" role="group" aria-label={t('diffView')}>
      {(['side', 'inline'] as const).map((m) => (
        <button key={m} type="button" data-testid={`diff-mode-${m}`} aria-pressed={mode === m} className={mode === m ? 'on' : ''} onClick={() => setMode(m)}>
          {t(m === 'side' ? 'diffSideBySide' : 'diffInline')}
        </button>
      ))}
    </div>
  );
}
