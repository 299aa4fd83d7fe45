import { describe, expect, it } from 'vitest';
import { headerByline, opensCredit } from '@/utils/article/extract/header-byline';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const PROSE = `<p>${'Le conseil a voté le budget après un long débat sur les transports et les écoles. '.repeat(4)}</p>`;
const byline = (header: string, after = PROSE) =>
  headerByline(
    parseHtmlWithLinkedom(
      `<html><body><h1>Titre</h1>${header}${after}</body></html>`,
      'https://site.example/a',
    ),
    null,
  );

describe('headerByline', () => {
  it('reads the field the markup calls the authors’, with no "By", without the outlet in brackets', () => {
    expect(
      byline(
        '<div class="meta"><span class="field--name-field-auteurs">Lina Roux et Paul Ode (La Gazette)</span> <span>5 mai 2026</span></div>',
      ),
    ).toBe('Lina Roux et Paul Ode');
    expect(byline('<div><span class="autorName">Lina Roux</span><time>5 mai 2026</time></div>')).toBe(
      'Lina Roux',
    );
    expect(byline('<div><span itemprop="author">Lina Roux (AFP)</span></div>')).toBe('Lina Roux');
    // With the author's portrait beside the name, and the role on a line of its own.
    const portrait = '<img src="/avatars/lina.jpg" alt="">';
    expect(
      byline(
        `<div class="author-box">${portrait}<span>Lina Roux</span><span class="role">Journaliste</span></div>`,
      ),
    ).toBe('Lina Roux');
    expect(byline(`<div class="meta">${portrait}<span>Lina Roux</span></div>`)).toBeNull();
    // A field of another kind, a sentence in an authors' field, an authors' field below the story.
    expect(byline('<div><span class="field-lieu">Lina Roux</span></div>')).toBeNull();
    expect(byline('<div class="auteurs">Nos auteurs vous répondent chaque semaine</div>')).toBeNull();
    expect(byline('', `${PROSE}<div class="auteurs">Lina Roux</div>`)).toBeNull();
  });

  it('reads the line under a long standfirst the markup names so, not one under the prose', () => {
    const standfirst = PROSE.replace('<p>', '<p class="art-chapeau">');
    expect(byline(`${standfirst}<p class="sig">Propos recueillis par Léa Roux · 5 mai 2026</p>`)).toBe(
      'Léa Roux',
    );
    expect(byline('', `${PROSE}<p class="sig">Propos recueillis par Léa Roux · 5 mai 2026</p>`)).toBeNull();
    // A credit inside the standfirst is a picture's.
    const credited = standfirst.replace('</p>', '<span class="credit">By Harbour Police</span></p>');
    expect(byline(credited)).toBeNull();
  });

  it('reads « Par X » above a date on the next line', () => {
    expect(byline('<p class="x">Par Léa Roux<br><time>Publié le 01/03/2024 à 19h05</time></p>')).toBe(
      'Léa Roux',
    );
    expect(byline('<div>By <a href="/staff/jo">Jo Bloggs</a><br>Updated Jan 5, 2024</div>')).toBe(
      'Jo Bloggs',
    );
  });

  it('reads the names after a date and a dash', () => {
    expect(byline('<div>Publié le 3 mars 2024 à 13h05 — par <a href="/a">Anne Morel</a></div>')).toBe(
      'Anne Morel',
    );
    expect(byline('<div>Published March 3, 2024 | By Jo Bloggs and Sam Doe</div>')).toBe(
      'Jo Bloggs and Sam Doe',
    );
  });

  it('reads the names after a date with no dash between', () => {
    expect(byline('<div>Posted <time>11. April 2018</time> by <a href="/u/w">Walt von Aix</a></div>')).toBe(
      'Walt von Aix',
    );
  });

  it('reads two names and drops the date line set beside them', () => {
    expect(
      byline('<div><span>Par Léa Roux et Paul Vidal</span> <span>Le 9 mars 2024 à 20h15</span></div>'),
    ).toBe('Léa Roux et Paul Vidal');
  });

  it('reads the author link the markup marks, not the words around it', () => {
    expect(byline('<div>Posted <a rel="author" href="/u/1">Amy Motte</a> in News</div>')).toBe('Amy Motte');
    expect(byline('<div><a rel="author" href="/u/2">bloghandle</a> Ein Kommentar</div>')).toBeNull();
    expect(
      byline(
        '<p>Par <a rel="author" href="/a/1">Lina Roux</a> et <a rel="author" href="/a/2">Paul Ode</a></p>',
      ),
    ).toBe('Lina Roux, Paul Ode');
    expect(
      byline(
        '<p><a rel="author" href="/a/1"><img src="p.jpg" alt=""></a> <a rel="author" href="/a/1">Lina Roux</a></p>',
      ),
    ).toBe('Lina Roux');
  });

  it('takes no credit from the story, a teaser, a link list or a sentence', () => {
    expect(byline('', `${PROSE}<p>Par Léa Roux</p>`)).toBeNull();
    expect(byline('<ul><li>Par Léa Roux</li></ul>')).toBeNull();
    expect(byline('<a href="/b"><span>By Jo Bloggs</span></a>')).toBeNull();
    expect(byline('<p>Par la suite, le maire a répondu.</p>')).toBeNull();
    expect(byline('<p>By the end of the year</p>')).toBeNull();
  });

  it('reads a labelled credit, not a picture credit', () => {
    expect(byline('<div>Interview by Owen Marsh and Megan Hale</div>')).toBe('Owen Marsh and Megan Hale');
    expect(byline('<div>Ein Artikel von <b>Petra Lang</b> | 05.12.2026</div>')).toBe('Petra Lang');
    expect(byline('<div>Photo by Jo Bloggs</div>')).toBeNull();
  });

  it('reads a labelled credit by case: a capitalised label (German nouns inside it), a capitalised name', () => {
    expect(opensCredit('Ein Kommentar von Petra Lang')).toBe(true);
    expect(opensCredit('Propos recueillis par Hugo Marchal')).toBe(true);
    expect(opensCredit('Interview By Owen Marsh')).toBe(true);
    // A line that opens in lower case is the rest of a sentence; a credit names someone with a capital.
    expect(opensCredit('interview by Owen Marsh')).toBe(false);
    expect(opensCredit('Recorded live by the team')).toBe(false);
    expect(opensCredit('Vidéos par Jo Bloggs')).toBe(false);
  });

  it('reads a desk credit then its writer after a middle dot, not the desk alone', () => {
    expect(byline('<p>Par la rédaction de Radio Vallée · Léa Roux · <time>7 décembre 2026</time></p>')).toBe(
      'Léa Roux',
    );
    expect(opensCredit('Par la rédaction de Radio Vallée')).toBe(false);
  });

  it('reads names then a role with no "By", not a quote\'s speaker or a sentence', () => {
    expect(byline('<div>Dana Reed, Legal Correspondent · <span>Updated 15:41 GMT</span></div>')).toBe(
      'Dana Reed',
    );
    expect(byline('<div>Camille Roche - Journaliste</div>')).toBe('Camille Roche');
    expect(byline('<blockquote><p>Dana Reed, Legal Correspondent</p></blockquote>')).toBeNull();
    expect(byline('<p>Dana Reed, a reporter at the Herald, said no.</p>')).toBeNull();
    expect(byline('<div>Dana Reed, Lisbon</div>')).toBeNull();
  });

  it('reads a byline set in <font>, as table pages do', () => {
    expect(byline('<font size="2">Por María Suárez | 05/12/2026 - 10:05</font>')).toBe('María Suárez');
  });

  it("takes the innermost line that gives names, not a header row's glued text", () => {
    expect(
      byline(
        '<div class="meta"><span><time>2 mai 2024</time></span><span> von <span><a href="/au/jo">Jo Bloggs</a>' +
          '</span></span><span>in <a href="/c/misc">Allgemeines</a></span></div>',
      ),
    ).toBe('Jo Bloggs');
  });
});

describe('a name printed above the site’s name and the date', () => {
  const read = (header: string) =>
    headerByline(
      parseHtmlWithLinkedom(
        `<html><body><h1>Titre</h1>${header}${PROSE}</body></html>`,
        'https://site.example/a',
      ),
      'Le Héron',
    );

  it('is the author, with no "By" before it', () => {
    expect(
      read('<div class="x1">Lina Roux-Ferrand<br><span>Le Héron</span> · 4 décembre 2026 à 17 h 32</div>'),
    ).toBe('Lina Roux-Ferrand');
  });

  it('is not when the line under it is no site’s name and date', () => {
    expect(
      read('<div class="x1">Lina Roux-Ferrand<br><span>Conseil municipal</span> · séance</div>'),
    ).toBeNull();
  });
});
