import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/app-protocol';
import { isAppPageUrl, isTrustedSender } from '../../../electron/trusted-sender';

const expected = APP_INDEX_URL;
const bundledIndexOnDisk = pathToFileURL(path.resolve('/opt/Galley/resources/app.asar/dist/renderer/index.html')).href;

describe('isTrustedSender', () => {
  it('trusts the app index.html on app://galley, whatever the client-side route or query', () => {
    expect(expected).toBe('app://galley/index.html');
    expect(isTrustedSender(expected, expected)).toBe(true);
    expect(isTrustedSender(`${expected}#/documents/doc_1`, expected)).toBe(true);
    expect(isTrustedSender(`${expected}?lang=en`, expected)).toBe(true);
  });

  it.each([
    ['the bundled index.html opened over file://', bundledIndexOnDisk],
    ['a file URL naming the same path', 'file:///index.html'],
    ['another page of the app', 'app://galley/evil.html'],
    ['an asset of the app', 'app://galley/assets/index.js'],
    ['the app root rather than its page', 'app://galley/'],
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a lookalike host', 'app://galley.evil/index.html'],
    ['the app host with a port', 'app://galley:1/index.html'],
    ['credentials in the URL', 'app://user:pw@galley/index.html'],
    ['another scheme with the same host and path', 'galley://galley/index.html'],
    ['a remote page', 'https://galley/index.html'],
    ['a loopback page', 'http://127.0.0.1:5173/index.html'],
    ['a data: document', 'data:text/html,<script>galley.listDocuments({})</script>'],
    ['about:blank', 'about:blank'],
    ['an empty URL', ''],
    ['no URL at all', undefined],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(url, expected)).toBe(false);
  });

  it('refuses everything when the expected URL is not on the app scheme', () => {
    expect(isTrustedSender(bundledIndexOnDisk, bundledIndexOnDisk)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1/', 'http://127.0.0.1/')).toBe(false);
  });
});

describe('isAppPageUrl', () => {
  it('lets the window move only within its own page', () => {
    expect(isAppPageUrl('app://galley/index.html#/documents/doc_1')).toBe(true);
    for (const url of ['app://galley/other.html', bundledIndexOnDisk, 'https://www.gov.cn/', 'javascript:alert(1)', '']) {
      expect(isAppPageUrl(url), url).toBe(false);
    }
  });
});
