import { describe, expect, it } from 'vitest';
import { isCookieNotice } from '@/utils/article/extract/cookie-notice';

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
