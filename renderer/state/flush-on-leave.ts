// Typing committed on a pause (~700 ms) would be lost if the page went away inside that pause:
// reload, closing the tab or window, or the desktop app quitting. Each of those starts the
// pending commit at once; the request is sent before the page is gone.
import { markLeaving } from '../api';
import { flushPendingCommits } from './pending-commits';

export function flushOnLeave(): () => void {
  const leave = () => {
    markLeaving();
    void flushPendingCommits();
  };
  const hidden = () => {
    if (document.visibilityState === 'hidden') void flushPendingCommits();
  };
  window.addEventListener('beforeunload', leave);
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', hidden);
  return () => {
    window.removeEventListener('beforeunload', leave);
    window.removeEventListener('pagehide', leave);
    document.removeEventListener('visibilitychange', hidden);
  };
}
