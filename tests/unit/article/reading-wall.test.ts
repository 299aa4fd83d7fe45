import { describe, expect, it } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { hasReadingWall } from '@/utils/article/reading-wall';

const wall = (body: string) => {
  const doc = parseHtmlWithLinkedom(`<html><body>${body}</body></html>`, 'https://x.example/');
  return hasReadingWall(doc, Array.from(doc.querySelectorAll('*')));
};

describe('hasReadingWall', () => {
  it("finds a paywall's or sign-in wall's line, in several languages", () => {
    expect(wall('<h1>Budget</h1><div><p>Il vous reste 85 % de l’article à lire.</p></div>')).toBe(true);
    expect(wall('<div class="x"><b>Dieser Artikel ist nur für Abonnenten</b></div>')).toBe(true);
    expect(wall('<p>Subscribe to continue reading.</p>')).toBe(true);
    expect(wall('<span>Contenido exclusivo para suscriptores</span>')).toBe(true);
  });

  it("leaves a card's badge and prose that mentions subscribers alone", () => {
    expect(wall('<ul><li><a href="/s">Article réservé aux abonnés : la crise</a></li></ul>')).toBe(false);
    expect(wall('<a href="/s"><span>Nur für Abonnenten</span> Die Wahl</a>')).toBe(false);
    // The wall a subscriber's page keeps hidden for others.
    expect(wall('<div hidden><p>Subscribe to continue reading.</p></div>')).toBe(false);
    expect(wall('<div style="display: none"><p>Réservé aux abonnés</p></div>')).toBe(false);
    // A paragraph of the story that names the wall is prose, longer than a wall's line.
    const prose =
      'The council voted on Tuesday to put its archive online, but the minutes of closed sessions will be kept ' +
      'for subscribers only, a decision that angered the opposition and several residents who spoke at the meeting.';
    expect(wall(`<p>${prose}</p>`)).toBe(false);
    expect(wall('<p>Our reporters asked readers what they think of the new app.</p>')).toBe(false);
  });
});
