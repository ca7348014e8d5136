// Decides whether an IPC message comes from the app's own page. Kept free of 'electron' so it
// can be unit-tested: the IPC layer passes it `event.senderFrame.url` and the file:// URL of
// the bundled index.html. A page reached by navigation, an iframe of some other origin, or a
// data:/http(s): document all fail the comparison.

/** True only for the app's own index.html over file:// (query string and #route ignored). */
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
  if (expected.protocol !== 'file:') return false;
  return (
    actual.protocol === 'file:' &&
    actual.host === expected.host &&
    actual.username === '' &&
    actual.password === '' &&
    actual.pathname === expected.pathname
  );
}

/** Links the window may hand to the system browser: http(s) only, never file:, javascript:, custom schemes. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
