import { describe, expect, it } from 'vitest';
import {
  isBreadcrumb,
  isCreditLine,
  isMetaLine,
  trimMetaLines,
} from '@/utils/article/extract/trim-meta-lines';
import { articleOf, textOf } from './helpers';

const P1 =
  '<p>The lighthouse on the north cape will be automated next year, ending two centuries of keepers living at the top of the cliff.</p>';
const P2 =
  '<p>The last keeper, who has lived there since 1998, said he would miss the storms more than anything else about the job.</p>';
const P3 =
  '<p>The coastguard said the new lamp would be visible five miles further out to sea than the old one.</p>';

describe('isMetaLine', () => {
  it.each([
    ['Updated 1:39 am EST, Wednesday, November 20, 2019', []],
    ['Posted: Fri 6:45 PM, Feb 16, 2018 |', []],
    ['Veröffentlicht am 12. März 2021 um 14:05 Uhr', []],
    ['Publié le 3 juin 2022 à 08h15', []],
    ['By Jo Bloggs · 18 Nov 2019', ['Jo Bloggs']],
    ['Jo Bloggs, Reuters', ['Jo Bloggs']],
    ['Published 1 day ago', []],
    ['• Publiziert vor einer Stunde', []],
    ['Tempo de leitura: 2 minutos', []],
  ] as Array<[string, string[]]>)('reads "%s" as a dateline or byline', (text, names) => {
    expect(isMetaLine(text, names)).toBe(true);
  });

  it.each([
    'On 12 March 2020, the health ministry closed every school in the region.',
    'May the best boat win, said the organiser.',
    'Vor einer Stunde hat der Hafenmeister die Einfahrt für alle Boote gesperrt.',
    'Harbour tolls',
  ])('reads "%s" as text', (text) => {
    expect(isMetaLine(text, ['Jo Bloggs'])).toBe(false);
  });
});

describe('isCreditLine', () => {
  it('recognises credit labels and captions that name their agency', () => {
    expect(isCreditLine('Foto: Jo Bloggs/dpa')).toBe(true);
    expect(isCreditLine('(Credit: NASA/JPL)')).toBe(true);
    expect(isCreditLine('Boats in the harbour at dawn. (AP Photo/Jo Bloggs, File)')).toBe(true);
    expect(isCreditLine('Sam Doe | Bloomberg | Getty Images')).toBe(true);
    expect(isCreditLine('The harbour seen from the lighthouse. (Photo Credit : Jo Bloggs')).toBe(true);
    expect(isCreditLine('The first map of the moon. (NASA/JPL-Caltech/ASU)')).toBe(true);
    expect(isCreditLine('Abbildung 4: Eine Schwachschicht im Schneeprofil.')).toBe(true);
    expect(isCreditLine('Fig. 2 – The mill wheel in 1910.')).toBe(true);
    expect(isCreditLine('- Anzeige -')).toBe(true);
    expect(isCreditLine('Advertisement')).toBe(true);
    expect(
      isCreditLine(
        'Die Menge wird zum Mob, treibt ihr Opfer in die Enge. Bild: Jo Bloggs/Theater St. Gallen',
      ),
    ).toBe(true);
    expect(isCreditLine('The mill wheel at dawn. Photo: Sam Doe')).toBe(true);
    expect(isCreditLine("L'hôpital dessert 180 000 habitants. KEYSTONE/Jo Bloggs")).toBe(true);
    expect(isCreditLine('Crowds outside the court on Monday. REUTERS/Jo Bloggs')).toBe(true);
    expect(isCreditLine('EPA-EFE/Sam Doe')).toBe(true);
    expect(isCreditLine('Advertisement revenue fell by a third last year.')).toBe(false);
  });

  it('reads a picture agency as a whole word, not inside a company name', () => {
    expect(isCreditLine('The quay at dusk. Jo Bloggs/iStock')).toBe(true);
    expect(
      isCreditLine('Sam Doe, 52, who runs the firm Palistock, must also pay the family £80,000 in damages.'),
    ).toBe(false);
    expect(isCreditLine('The Malamy Group said it would appeal.')).toBe(false);
  });

  it('leaves sentences that merely mention a source', () => {
    expect(isCreditLine('The source of the river lies in the hills above the town.')).toBe(false);
    expect(isCreditLine('Photos taken by residents show the flood reaching the square.')).toBe(false);
    expect(isCreditLine('The ferry now crosses at up to 40 (km/h)')).toBe(false);
    expect(
      isCreditLine('She kept one thing from the fire. Photo: her parents, she says, on their wedding day!'),
    ).toBe(false);
    expect(isCreditLine('Jacket shell (Polyester/Elastane)')).toBe(false);
    expect(isCreditLine('The night train now runs every day. Paris/Berlin')).toBe(false);
    expect(isCreditLine('The two sides met again. EU/UK talks resume on Monday')).toBe(false);
    expect(isCreditLine('CDU/CSU')).toBe(false);
    expect(isCreditLine('DVD / Blu-ray')).toBe(false);
    expect(
      isCreditLine('Prices rose at the start of the year (see chart: consumer prices) and fell in May.'),
    ).toBe(false);
  });
});

describe('trimMetaLines', () => {
  it('removes the dateline and byline at the top and the bio and calls to subscribe at the end', () => {
    const root = articleOf(
      `<p>By Jo Bloggs</p><time>18 November 2019, 4:10pm</time>${P1}${P2}${P3}
       <p>Jo Bloggs is the paper's coastal affairs reporter.</p>
       <p>Get the latest news in your inbox. Subscribe to our newsletter.</p>`,
    );
    trimMetaLines(root, 'Jo Bloggs');
    expect(textOf(root)).toBe(textOf(articleOf(`${P1}${P2}${P3}`)));
  });

  it('keeps the closing signature of a guest that gives their office, a bio goes', () => {
    const guest = articleOf(`${P1}${P2}${P3}<p>Jo Bloggs (mayor of North Cape)</p>`);
    trimMetaLines(guest, 'Jo Bloggs');
    expect(textOf(guest)).toContain('Jo Bloggs (mayor of North Cape)');
    const bio = articleOf(`${P1}${P2}${P3}<p>Jo Bloggs is the mayor of North Cape.</p>`);
    trimMetaLines(bio, 'Jo Bloggs');
    expect(textOf(bio)).not.toContain('Jo Bloggs');
  });

  it('removes the byline line under a summary’s points, above the first paragraph', () => {
    const points =
      '<ul><li>The lamp will be automated next year after two centuries of keepers at the cliff top</li></ul>';
    const root = articleOf(
      `${points}<p>Jo Bloggs, Coastal Correspondent · Updated 18 November 2019</p>${P1}${P2}${P3}`,
    );
    trimMetaLines(root, 'Jo Bloggs');
    expect(textOf(root)).not.toContain('Correspondent');
    expect(textOf(root)).toContain('The lamp will be automated');
  });

  it('keeps the standfirst that ends by inviting the reader to follow the story, a lone prompt goes', () => {
    const standfirst =
      '<p>The ferry lost engine power off the coast during the storm. Follow the latest updates here.</p>';
    const kept = articleOf(`${standfirst}${P1}${P2}${P3}`);
    trimMetaLines(kept, null, kept.querySelector('p'));
    expect(textOf(kept)).toContain('The ferry lost engine power');
    // Without the lead found from the headline and description, the same short block reads as a prompt.
    const unmarked = articleOf(`${standfirst}${P1}${P2}${P3}`);
    trimMetaLines(unmarked, null);
    expect(textOf(unmarked)).not.toContain('The ferry lost engine power');
  });

  it('removes a closing line that credits agencies alone, and keeps a sentence that names one', () => {
    for (const credit of ['Avec AFP', '(avec AFP et Reuters)', 'With AP.']) {
      const root = articleOf(`${P1}${P2}${P3}<p>${credit}</p>`);
      trimMetaLines(root, null);
      expect(textOf(root)).toBe(textOf(articleOf(`${P1}${P2}${P3}`)));
    }
    const root = articleOf(`${P1}${P2}${P3}<p>Avec Marie Lenoir, elle fonde l'atelier.</p>`);
    trimMetaLines(root, null);
    expect(textOf(root)).toContain('Marie Lenoir');
  });

  it('removes a bare address above the text and keeps one after its first paragraph', () => {
    const url = '<p>https://news.example/2019/11/lighthouse-automated</p>';
    const root = articleOf(`${url}${P1}${url}${P2}${P3}${P1}${P2}${P3}${P1}`);
    trimMetaLines(root, null);
    expect(textOf(root).startsWith('The lighthouse')).toBe(true);
    expect(textOf(root)).toContain('https://news.example');
  });

  it('removes closing prompts to comment', () => {
    const root = articleOf(
      `${P1}${P2}${P3}<p>Tell us what YOU think...</p><p>Post Comment (+)</p><h3>Comments</h3>`,
    );
    trimMetaLines(root, null);
    expect(textOf(root)).toBe(textOf(articleOf(`${P1}${P2}${P3}`)));
  });

  it('removes closing prompts to comment in more languages', () => {
    for (const prompt of [
      'Lascia un commento',
      'Deixe seu comentário',
      'Laat een reactie achter',
      'Dodaj komentarz',
      'Commenti',
    ]) {
      const root = articleOf(`${P1}${P2}${P3}<p>${prompt}</p>`);
      trimMetaLines(root, null);
      expect(textOf(root)).toBe(textOf(articleOf(`${P1}${P2}${P3}`)));
    }
  });

  it("keeps a comment prompt inside the story or ending the author's long closing paragraph", () => {
    const middle = '<p>Residents can leave a comment on the plans at the town hall until Friday.</p>';
    const root = articleOf(`${P1}${P2}${P3}${P1}${middle}${P1}${P2}${P3}${P1}`);
    trimMetaLines(root, null);
    expect(textOf(root)).toContain('leave a comment on the plans');
    const closing =
      '<p>Choosing only ten lighthouses from a coast of two hundred was hard, and we surely left out one you love, ' +
      'the one you walked to as a child or the one you watched from a ferry. Leave a comment and tell us which.</p>';
    const ended = articleOf(`${P1}${P2}${P3}${P1}${closing}`);
    trimMetaLines(ended, null);
    expect(textOf(ended)).toContain('Leave a comment and tell us which');
  });

  it("removes a closing invitation to join the site's forums", () => {
    const root = articleOf(
      `${P1}${P2}${P3}<p>Join our forums to keep talking about the coast! Tips: tips@news.example.</p>`,
    );
    trimMetaLines(root, null);
    expect(textOf(root)).toBe(textOf(articleOf(`${P1}${P2}${P3}`)));
  });

  it('removes credit lines anywhere but keeps dates and calls inside the story', () => {
    const middle = '<p>Sign up now, the council urged, before 1 May 2024.</p>';
    const root = articleOf(`${P1}${P2}<p>Foto: Jo Bloggs/dpa</p>${P3}${middle}${P1}${P2}${P3}${P1}`);
    trimMetaLines(root, null);
    expect(textOf(root)).not.toContain('Foto:');
    expect(textOf(root)).toContain('Sign up now, the council urged');
  });

  it("removes the site's prompts anywhere, and navigation links only at the ends", () => {
    // A link line in the middle of the text may be the article's own ("Back to the news" as a section).
    const root = articleOf(
      `${P1}<p>To view the full story, please subscribe. Already a subscriber? Log in for full access.</p>${P2}${P3}${P1}` +
        `<p><a href="/back">Back to the news</a></p>${P2}${P3}<p>Źródło: Statista.com</p><p><a href="/list">« Zurück zur Übersicht</a></p>`,
    );
    trimMetaLines(root, null);
    const text = textOf(root);
    for (const kept of ['The lighthouse', 'The last keeper', 'The coastguard', 'Back to the news'])
      expect(text).toContain(kept);
    for (const gone of ['please subscribe', 'Statista', 'Zurück']) expect(text).not.toContain(gone);
  });

  it('leaves an article made only of such lines as it is', () => {
    const html = '<p>By Jo Bloggs</p><p>18 November 2019</p>';
    const root = articleOf(html);
    trimMetaLines(root, 'Jo Bloggs');
    expect(root.innerHTML).toBe(html);
  });
});

describe('isBreadcrumb', () => {
  it('recognises a trail of short links and leaves sentences alone', () => {
    expect(isBreadcrumb('Home » Park » News')).toBe(true);
    expect(isBreadcrumb('ZfK.de > Energie > Wärme')).toBe(true);
    expect(isBreadcrumb('Temperatures > 30 °C are expected on Monday > Tuesday, the forecaster said.')).toBe(
      false,
    );
    expect(isBreadcrumb('Home » News')).toBe(false);
  });
});
