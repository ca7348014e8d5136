// Decides whether an IPC message, or a navigation, is the app's own page. Kept free of
// 'electron' so it can be unit-tested: the IPC layer passes it `event.senderFrame.url` and
// APP_INDEX_URL. A page reached by navigation, an iframe of some other origin, a file:// page
// (even the bundled index.html opened from disk) or a data:/http(s): document all fail.
import { APP_INDEX_URL, APP_SCHEME } from './app-protocol';

/** True only for the app's index.html on app://galley (query string and #route ignored). */
export function isTrustedSender(url: string | null | undefined, expectedUrl: string): boolean {
  if (!url) return false;
  let actual: URL;
  let expected: URL;
  try {
    actual = new URL(url);
    expected = new URL(expectedUrl);
  } catch {
    return false;
  }
  if (expected.protocol !== `${APP_SCHEME}:`) return false;
  return (
    actual.protocol === expected.protocol &&
    actual.host === expected.host &&
    actual.username === '' &&
    actual.password === '' &&
    actual.pathname === expected.pathname
  );
}

/** Where the window may navigate: its own page only (a reload of it, a new #route). */
export function isAppPageUrl(url: string): boolean {
  return isTrustedSender(url, APP_INDEX_URL);
}
