/** The reader's pure parts: settings read back from storage, keyboard shortcuts, the byline shown once. */
import { describe, expect, it } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { bylineInText } from '@/utils/library/reader/byline';
import {
  DEFAULT_READER_SETTINGS,
  parseReaderSettings,
  readerStyle,
} from '@/utils/library/reader/reader-settings';
import { isTypingTarget, readerCommandOf } from '@/utils/library/reader/shortcuts';

describe('reader settings', () => {
  it('reads stored settings, falling back to the default for anything malformed', () => {
    expect(parseReaderSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings('not json')).toEqual(DEFAULT_READER_SETTINGS);
    const stored = JSON.stringify({
      font: 'sans',
      size: 22,
      width: 'wide',
      lineHeight: 'loose',
      theme: 'sepia',
    });
    expect(parseReaderSettings(stored)).toEqual({
      font: 'sans',
      size: 22,
      width: 'wide',
      lineHeight: 'loose',
      theme: 'sepia',
    });
    const hostile = JSON.stringify({ font: 'url(x)', size: 9999, width: 3, lineHeight: null, theme: 'neon' });
    expect(parseReaderSettings(hostile)).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings(JSON.stringify({ theme: null })).theme).toBeNull();
  });

  it('turns settings into the reader stylesheet’s custom properties', () => {
    expect(readerStyle({ ...DEFAULT_READER_SETTINGS, font: 'sans', size: 24 })).toMatchObject({
      '--reader-font': 'var(--font-ui)',
      '--reader-size': '24px',
    });
  });
});

describe('reader shortcuts', () => {
  const key = (k: string, extra: Partial<Parameters<typeof readerCommandOf>[0]> = {}) =>
    readerCommandOf({ key: k, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

  it('maps keys to commands, and stays out of the way of typing and browser shortcuts', () => {
    expect(['j', 'k', 'a', 'f', 'h', 'u', '?', 'J'].map((k) => key(k))).toEqual([
      'next',
      'previous',
      'archive',
      'favorite',
      'highlight',
      'back',
      'help',
      'next',
    ]);
    expect(key('j', { typing: true })).toBeNull();
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('a', { metaKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });

  it('tells fields that take text from other controls', () => {
    const doc = parseHtmlWithLinkedom(
      '<input id="t"><input id="c" type="checkbox"><textarea id="a"></textarea><button id="b"></button><div id="e" contenteditable="true"></div>',
      'https://x.fr/',
    );
    const at = (id: string) => doc.getElementById(id);
    expect(isTypingTarget(at('t'))).toBe(true);
    expect(isTypingTarget(at('a'))).toBe(true);
    expect(isTypingTarget(at('c'))).toBe(false);
    expect(isTypingTarget(at('b'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('byline once', () => {
  it('finds the byline at the start of the text, however it is written', () => {
    expect(bylineInText('Camille Durand', 'Par Camille DURAND, à Paris.\nLe texte.')).toBe(true);
    expect(bylineInText('By Sam Lee', 'Sam Lee — July 12\nThe text.')).toBe(true);
    expect(bylineInText('Camille Durand', 'Le texte commence sans signature.')).toBe(false);
    expect(bylineInText('Camille Durand', `${'mot '.repeat(200)} Camille Durand`)).toBe(false);
    expect(bylineInText(null, 'x')).toBe(false);
  });
});
