/**
 * What the popup says in each failure path, in both catalogues: every code has its own clear text, and the
 * texts say what happened (a page that did not answer was not analysed; a timeout on the popup's own thread
 * stopped nothing).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKey } from '@/components/popup/ErrorMessage';
import type { PopupErrorCode } from '@/utils/article/tab/outcome';

const ROOT = resolve(import.meta.dirname, '../../..');
const say = (locale: 'en' | 'fr', code: PopupErrorCode, notice = false): string =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'))[
    messageKey(code, notice)
  ]?.message;

const CODES: PopupErrorCode[] = [
  'not-article',
  'restricted-page',
  'not-html',
  'still-loading',
  'too-large',
  'timeout',
  'parse-error',
  'injection-failed',
  'internal',
  'no-tab',
  'too-large-to-analyze',
  'no-answer',
];

describe('the popup’s failure messages', () => {
  it('give every code a text in English and French, each code its own', () => {
    for (const locale of ['en', 'fr'] as const) {
      const texts = CODES.map((code) => say(locale, code));
      for (const text of texts) expect(text).toMatch(/\S/);
      expect(new Set(texts).size).toBe(CODES.length);
    }
  });

  it('tell a page that did not answer from an analysis that took too long', () => {
    expect(say('en', 'no-answer')).toMatch(/didn’t answer/);
    expect(say('fr', 'no-answer')).toMatch(/n’a pas répondu/);
    // A timeout outside the worker stops nothing: the text does not say the analysis was stopped.
    expect(say('en', 'timeout')).not.toMatch(/stopped/);
    expect(say('fr', 'timeout')).not.toMatch(/interrompue/);
    expect(say('en', 'too-large-to-analyze')).toMatch(/too large/);
  });

  it('word a timeout above a result as a simpler extraction, not a failure', () => {
    expect(say('en', 'timeout', true)).toMatch(/simpler extraction/);
    expect(say('fr', 'timeout', true)).toMatch(/extraction simplifiée/);
  });
});
