// The one-action field fixes, as the source pane's menu, its keys and the story editor call them:
// an approved story is asked about first (the change sends it back to review).
import type { LineRole, Story } from '../../../shared/model';
import { LINE_ROLES } from '../../../shared/model';
import { api } from '../../api';
import { askConfirm } from '../../components/ConfirmDialog';
import { translate } from '../../i18n';
import { useApp } from '../../state/store';

/** Alt+1 … Alt+8, in the menu's order. */
export const ROLE_KEYS: ReadonlyArray<{ role: LineRole; key: string }> = LINE_ROLES.map((role, i) => ({ role, key: String(i + 1) }));

export function roleForKey(key: string): LineRole | null {
  return ROLE_KEYS.find((r) => r.key === key)?.role ?? null;
}

async function mayChange(story: Story): Promise<boolean> {
  if (story.status !== 'approved') return true;
  const lang = useApp.getState().lang;
  return askConfirm(translate(lang, 'confirmApprovedTitle'), translate(lang, 'confirmApprovedBody'), translate(lang, 'confirmContinue'));
}

/** A field being typed in is committed first, so the fix never overwrites unsent typing. */
function commitTyping(): void {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.blur();
}

export async function assignLineRole(story: Story, line: number, role: LineRole): Promise<boolean> {
  commitTyping();
  if (!(await mayChange(story))) return false;
  return useApp.getState().change((docId) => api.assignLine({ docId, storyId: story.id, line, role }));
}

export async function swapHeading(story: Story, which: 'deck' | 'kicker'): Promise<boolean> {
  if (!canSwap(story, which)) return false;
  commitTyping();
  if (!(await mayChange(story))) return false;
  return useApp.getState().change((docId) => api.swapHeading({ docId, storyId: story.id, which }));
}

/** Alt+S swaps title and deck, Alt+Shift+S title and kicker; true when the key was one of them. */
export function handleSwapKey(e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }, story: Story | null): boolean {
  if (!story || !e.altKey || e.ctrlKey || e.metaKey || e.code !== 'KeyS') return false;
  void swapHeading(story, e.shiftKey ? 'kicker' : 'deck');
  return true;
}

/** A swap reads the two fields from the source: both must have been read there. */
export function canSwap(story: Story, which: 'deck' | 'kicker'): boolean {
  return story.original.headline !== null && story.original[which] !== null;
}
