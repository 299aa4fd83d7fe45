/**
 * The reader sanitiser needs a complete DOM (DOMPurify does not run on linkedom); its rewriting is
 * checked in real Chromium by tests/e2e/library.e2e.ts. Here: it fails closed without one.
 */
import type { WindowLike } from 'dompurify';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { createReaderSanitizer } from '@/utils/library/reader/reader-html';

it('refuses to run where DOMPurify cannot sanitise', () => {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  expect(() => createReaderSanitizer(window as unknown as WindowLike)).toThrow(/unsanitised/);
});
