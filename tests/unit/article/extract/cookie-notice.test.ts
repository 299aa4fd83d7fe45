import { describe, expect, it } from 'vitest';
import { isCookieNotice, mentionsCookieNotice } from '@/utils/article/extract/cookie-notice';
import { sampleStrings } from '../../shared/sample-strings';

describe('isCookieNotice', () => {
  it.each([
    'We use cookies and similar tools to improve your visit and to measure our audience.',
    'By clicking Accept, you consent to our use of cookies.',
    'This website uses cookies to give you the best experience.',
    'Ce site utilise des cookies pour mesurer son audience.',
    'Nous utilisons des cookies afin de vous proposer des contenus adaptés.',
    'Wir verwenden Cookies, um Inhalte zu personalisieren.',
    'Diese Website nutzt Cookies.',
    'Utilizamos cookies propias y de terceros.',
    'Questo sito utilizza i cookie per migliorare la navigazione.',
    'Deze website gebruikt cookies.',
    'Мы используем файлы cookie.',
  ])('reads "%s" as a cookie notice', (text) => {
    expect(isCookieNotice(text)).toBe(true);
  });

  it.each([
    'Bake the cookies for twelve minutes at 180 degrees.',
    'We baked cookies all afternoon for the school fair.',
    'I use cookie cutters to shape the dough.',
    // Cookies as the subject of a long paragraph: the regulator's report, not the site's notice.
    `${'The regulator found that most news sites ask readers to accept tracking before they read a line. '.repeat(6)}One banner read: "We use cookies."`,
  ])('reads "%s" as text', (text) => {
    expect(isCookieNotice(text)).toBe(false);
  });
});

describe('mentionsCookieNotice', () => {
  // The notice's pattern as it was, with `i` and `u`: the caseless one must match the same texts.
  const BEFORE =
    /(?:^|[^\p{L}])(?:we (?:use|place|set|store)|(?:site|website|page) uses|use of|usamos|usa|uso de|einsatz von|bruge?r|(?:utilis|utiliz|verwende|nutz|gebruik|używa|wykorzyst|использу|använd|používá|kullan|accept|akzeptier|acept|aceit|consent|zustimm)\p{L}*)(?:\s+\S+){0,3}?\s+(?:cookies|(?:des|les|i|dei|plików|файлы|soubory) cookie|informasjonskapsler|kakor|çerez\p{L}*)(?![\p{L}])/iu;
  const NOUN = /cooki|informasjonskapsler|kakor|çerez/gi;
  const before = (text: string): boolean => {
    for (const match of text.matchAll(NOUN)) {
      const from = Math.max(0, match.index - 60);
      const window = text.slice(from, match.index + 60);
      if (BEFORE.test(from > 0 ? window.replace(/^\S*/, '') : window)) return true;
    }
    return false;
  };

  it('finds what the pattern with `i` and `u` found', () => {
    const words = [
      ...'We|USE|use|ſite|SITE uses|use of|UTILISONS|utiliz|Использует|ИСПОЛЬЗУ|używa|UŻYWA|använder|ACCEPT|consent'.split(
        '|',
      ),
      ...'cookies|COOKIES|Cookie|des|LES|i|plików|ФАЙЛЫ|файлы|informasjonskapsler|Kakor|\u212aakor|çerez|ÇEREZLER|bruger'.split(
        '|',
      ),
      ' ',
      ' ',
      ' a ',
      'x',
    ];
    const samples = [
      'We use cookies.',
      'Ce site utilise des cookies',
      'Мы используем файлы cookie',
      ...sampleStrings(6000, words, 8),
    ];
    expect(samples.filter((text) => mentionsCookieNotice(text) !== before(text))).toEqual([]);
    expect(samples.filter(before).length).toBeGreaterThan(10);
  });
});
