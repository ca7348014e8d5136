import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExternalWebUrl, isTrustedSender } from '../../../electron/trusted-sender';

const appDir = path.resolve('/opt/Galley/resources/app.asar');
const expected = pathToFileURL(path.join(appDir, 'dist', 'renderer', 'index.html')).href;

describe('isTrustedSender', () => {
  it('trusts the app index.html, whatever the client-side route or query', () => {
    expect(isTrustedSender(expected, expected)).toBe(true);
    expect(isTrustedSender(`${expected}#/documents/doc_1`, expected)).toBe(true);
    expect(isTrustedSender(`${expected}?lang=en`, expected)).toBe(true);
  });

  it.each([
    ['another local file', pathToFileURL(path.join(appDir, 'dist', 'renderer', 'evil.html')).href],
    ['a file outside the app', pathToFileURL('/tmp/index.html').href],
    ['a sibling folder with the same name', pathToFileURL(path.join(appDir, 'dist', 'renderer-x', 'index.html')).href],
    ['a remote page', 'https://evil.example/dist/renderer/index.html'],
    ['a loopback page', 'http://127.0.0.1:5173/index.html'],
    ['a data: document', 'data:text/html,<script>galley.listDocuments({})</script>'],
    ['about:blank', 'about:blank'],
    ['a file URL on a remote host', expected.replace('file:///', 'file://evil.example/')],
    ['an empty URL', ''],
    ['no URL at all', undefined],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(url, expected)).toBe(false);
  });

  it('refuses everything when the expected URL is not a file:// URL', () => {
    expect(isTrustedSender('http://127.0.0.1/', 'http://127.0.0.1/')).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it.each(['https://www.gov.cn/', 'http://example.com/a?b=1'])('hands %s to the system browser', (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'smb://host/share', 'ms-settings:', 'galley://x', 'http://', 'not a url'])(
    'keeps %s away from the shell',
    (url) => {
      expect(isExternalWebUrl(url)).toBe(false);
    },
  );
});
