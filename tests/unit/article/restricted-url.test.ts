import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '@/utils/article/restricted-url';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/popup.html',
    'about:blank',
    'edge://settings',
    'view-source:https://news.example/',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/fr/firefox/addon/x/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'file:///home/me/page.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    'https://news.example/article',
    'http://127.0.0.1:8080/demo',
    'https://chrome.google.com/search',
    'https://mozilla.org/addons.mozilla.org',
  ])('allows %s', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });

  it('allows file: URLs when the user granted file access', () => {
    expect(isRestrictedUrl('file:///home/me/page.html', { fileAccess: true })).toBe(false);
  });
});
