import { describe, expect, it } from 'vitest';
import { classifyInjectionError } from '@/utils/article/tab/classify-injection-error';
import { isRetryable } from '@/utils/article/tab/outcome';
import { tabIdFromSearch } from '@/utils/article/tab/tab-target';
import { TimeoutError, withTimeout } from '@/utils/shared/with-timeout';

describe('tabIdFromSearch', () => {
  it('reads a non-negative integer and rejects anything else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
    for (const bad of [
      '',
      '?tabId=',
      '?tabId=-1',
      '?tabId=4.2',
      '?tabId=1e3',
      '?tabId=abc',
      '?tabId=99999999999',
    ]) {
      expect(tabIdFromSearch(bad)).toBeNull();
    }
  });
});

describe('classifyInjectionError', () => {
  it('recognises Chromium and Firefox refusals as restricted pages', () => {
    expect(classifyInjectionError('Cannot access a chrome:// URL')).toBe('restricted-page');
    expect(classifyInjectionError('The extensions gallery cannot be scripted.')).toBe('restricted-page');
    expect(
      classifyInjectionError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toBe('restricted-page');
    expect(classifyInjectionError('Missing host permission for the tab')).toBe('restricted-page');
  });

  it('tells PDFs, closed tabs, error pages and other failures apart', () => {
    expect(classifyInjectionError('Cannot access contents', 'https://x.example/a.pdf?dl=1')).toBe('not-html');
    expect(classifyInjectionError('No tab with id: 3.')).toBe('no-tab');
    expect(classifyInjectionError('Frame with ID 0 is showing error page')).toBe('injection-failed');
    expect(classifyInjectionError('Something unexpected')).toBe('injection-failed');
  });
});

describe('isRetryable', () => {
  it('offers a retry only where waiting can help', () => {
    expect(isRetryable('still-loading')).toBe(true);
    expect(isRetryable('timeout')).toBe(true);
    expect(isRetryable('no-answer')).toBe(true);
    expect(isRetryable('restricted-page')).toBe(false);
    expect(isRetryable('not-html')).toBe(false);
  });
});

describe('withTimeout', () => {
  it('resolves in time and rejects with TimeoutError when late', async () => {
    await expect(withTimeout(Promise.resolve(3), 50)).resolves.toBe(3);
    await expect(withTimeout(new Promise(() => undefined), 10)).rejects.toBeInstanceOf(TimeoutError);
  });
});
