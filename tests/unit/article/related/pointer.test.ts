import { describe, expect, it } from 'vitest';
import { collectLinkCandidates } from '@/utils/article/related';
import { page } from './helpers';

const URL_ = 'https://www.gazette.example/2024/05/02/harbour-strike-ends-after-talks';
const PROSE = 'The dockers voted on Tuesday evening after a long day of talks with the port authority.';
// A few paragraphs of text, so that the article is no small card around a link.
const TEXT = `<p>${PROSE}</p>`.repeat(8);
const inArticle = (body: string) =>
  page(`<article><h1>Harbour strike ends after talks</h1>${TEXT}${body}</article>`);
const blocks = (doc: Document) => collectLinkCandidates(doc, URL_).map((c) => [c.title, c.block]);

describe('an editor’s pointer in the article’s text is a related story', () => {
  it('reads the cue before the link, in several languages', () => {
    const doc = inArticle(`
      <p>${PROSE}</p>
      <p><strong>Lire&nbsp;: <a href="/2024/04/30/les-dockers-votent-la-greve">Les dockers votent la grève au port</a></strong></p>
      <p><b>Related:</b> <a href="/2024/04/29/port-talks-collapse">Port talks collapse without a deal</a></p>
      <p>Mehr zum Thema: <a href="/2024/04/28/hafen-streik-beginnt">Der Streik im Hafen beginnt heute</a></p>
      <p>Leggi anche — <a href="/2024/04/27/sciopero-al-porto">Sciopero al porto, navi ferme in rada</a></p>
      <p><strong>Lea más:</strong> <a href="/2024/04/26/huelga-en-el-puerto">Huelga en el puerto: los estibadores paran</a></p>
      <p>Nota relacionada: <a href="/2024/04/25/estibadores-votan">Los estibadores votan la huelga en asamblea</a></p>`);
    expect(blocks(doc)).toEqual([
      ['Les dockers votent la grève au port', 'related'],
      ['Port talks collapse without a deal', 'related'],
      ['Der Streik im Hafen beginnt heute', 'related'],
      ['Sciopero al porto, navi ferme in rada', 'related'],
      ['Huelga en el puerto: los estibadores paran', 'related'],
      ['Los estibadores votan la huelga en asamblea', 'related'],
    ]);
  });

  it('marks a pointer under a cue, « Más información », "Lesen Sie mehr" among them, not a bare link paragraph', () => {
    const doc = inArticle(`
      <p>${PROSE}</p>
      <p>Más información: <a href="/2024/04/26/huelga-en-el-puerto">Huelga en el puerto: los estibadores paran</a></p>
      <p>Lesen Sie mehr: <a href="/2024/04/28/hafen-streik-beginnt">Der Streik im Hafen beginnt heute</a></p>
      <p><a href="/2024/04/29/port-talks-collapse">Port talks collapse without a deal</a></p>
      <p class="related-link">Related: <a href="/2024/04/24/cranes-idle">Cranes stand idle at the container terminal</a></p>`);
    expect(collectLinkCandidates(doc, URL_).map((c) => [c.title, c.block, c.cued ?? false])).toEqual([
      ['Huelga en el puerto: los estibadores paran', 'related', true],
      ['Der Streik im Hafen beginnt heute', 'related', true],
      ['Port talks collapse without a deal', 'related', false],
      ['Cranes stand idle at the container terminal', 'related', true],
    ]);
  });

  it('reads a line of a cue and a few stories apart, not a sentence linking two stories', () => {
    const doc = inArticle(`
      <p>Related: <a href="/2024/04/29/port-talks-collapse">Port talks collapse without a deal</a> |
        <a href="/2024/04/28/ferries-stay-in-port">Ferries stay in port for a third day</a></p>
      <p>Both <a href="/2024/04/27/dockers-vote">Dockers vote to strike at dawn</a> and
        <a href="/2024/04/26/port-authority-answers">Port authority answers the dockers</a> were read widely.</p>`);
    expect(blocks(doc).slice(0, 2)).toEqual([
      ['Port talks collapse without a deal', 'related'],
      ['Ferries stay in port for a third day', 'related'],
    ]);
    expect(
      blocks(doc)
        .slice(2)
        .every(([, block]) => block !== 'related'),
    ).toBe(true);
  });

  it('reads a cue written inside the link, and brackets around it', () => {
    const doc = inArticle(`
      <p><i><a href="/2024/04/20/dockers-send-most-strikers">[Read: Dockers send the most strikers to the city]</a></i></p>
      <p><i>[<a href="/2024/04/21/harbour-museum-treasures">Harbour museum houses old treasures</a>]</i></p>`);
    expect(blocks(doc)).toEqual([
      ['Dockers send the most strikers to the city', 'related'],
      ['Harbour museum houses old treasures', 'related'],
    ]);
  });

  it('takes a paragraph of the article that is nothing but the link', () => {
    const doc = inArticle(
      `<p>${PROSE}</p><p><strong><a href="/2024/04/18/union-leader-resigns">UNION LEADER RESIGNS AFTER VOTE</a></strong></p>`,
    );
    expect(blocks(doc)).toEqual([['UNION LEADER RESIGNS AFTER VOTE', 'related']]);
  });

  it('takes the one story of an inset card set in the article', () => {
    const doc = inArticle(`<p>${PROSE}</p>
      <aside class="inset"><a href="/2024/04/10/crane-drivers-join"><img src="c.jpg" alt=""></a>
        <div><a href="/2024/04/10/crane-drivers-join"><h6>Crane drivers join the strike</h6></a>
        <p>The crane drivers said they would stop work too.</p></div></aside>`);
    expect(blocks(doc)).toEqual([['Crane drivers join the strike', 'related']]);
  });

  it('counts an inset card under its own cue label as a cued pointer, one without a label as a bare one', () => {
    const cuedOf = (label: string) =>
      collectLinkCandidates(
        inArticle(`<p>${PROSE}</p>
          <aside class="box">${label} <a href="/2024/04/10/crane-drivers-join">Crane drivers join the strike</a></aside>`),
        URL_,
      ).map((c) => [c.title, c.block, c.cued ?? false]);
    expect(cuedOf('<span>À lire aussi</span>')).toEqual([['Crane drivers join the strike', 'related', true]]);
    expect(cuedOf('<span>Read more</span>')).toEqual([['Crane drivers join the strike', 'related', true]]);
    expect(cuedOf('')).toEqual([['Crane drivers join the strike', 'related', false]]);
  });

  it('titles an inset in a live blog’s entry by its own link, not by the entry’s heading', () => {
    const doc = inArticle(`<p>${PROSE}</p>
      <article class="entry"><header><time>3:35pm</time><h3>Which quays are closed?</h3></header>
        <p>The port authority listed the quays shut until Friday.</p>
        <aside><span>Read more</span> <a href="/2024/04/10/crane-drivers-join">Crane drivers join the strike</a></aside>
      </article>`);
    expect(blocks(doc)).toEqual([['Crane drivers join the strike', 'related']]);
  });

  it('titles a cued pointer in a live blog’s entry by its own link, not by the entry’s heading', () => {
    const doc = inArticle(`<p>${PROSE}</p>
      <div class="post"><time>13:40</time><h2>The minister arrives</h2>
        <p>The minister met the dockers’ union at the gate before the vote.</p>
        <p>Read also: <a href="/2024/04/10/crane-drivers-join">Crane drivers join the strike</a></p>
      </div>`);
    expect(collectLinkCandidates(doc, URL_).map((c) => [c.title, c.block, c.cued ?? false])).toEqual([
      ['Crane drivers join the strike', 'related', true],
    ]);
  });

  it('reads the cue of the one story the article’s own <article> links, not taking the article for a card', () => {
    const doc = page(
      `<main><article><h1>Harbour strike ends after talks</h1>${TEXT}<div class="box"><strong>See also:</strong> <a href="/2024/04/24/cranes-idle">Cranes stand idle at the terminal</a></div></article></main>`,
    );
    expect(collectLinkCandidates(doc, URL_).map((c) => [c.title, c.block, c.cued ?? false])).toEqual([
      ['Cranes stand idle at the terminal', 'related', true],
    ]);
  });

  it('takes the one story of a card written as an <article> in the article under a cue, not one without', () => {
    const card = (label: string, slug: string, title: string) =>
      `<article class="teaser"><span class="badge">${label}</span><div class="wrap">
        <a href="/2024/04/${slug}" title="${title}"><img src="t.jpg" alt=""><div class="t">${title}</div></a>
        </div></article>`;
    const doc =
      inArticle(`<p>${PROSE}</p>${card('Lesetipp', '11/crane-drivers-join', 'Crane drivers join the strike')}
      <p>${PROSE}</p>${card('Sponsored', '12/new-ferry-timetable', 'The new ferry timetable is out')}`);
    const found = blocks(doc);
    expect(found[0]).toEqual(['Crane drivers join the strike', 'related']);
    expect(
      found.some(([title, block]) => title === 'The new ferry timetable is out' && block === 'related'),
    ).toBe(false);
  });

  it('leaves links in prose, lines of several stories and phrases that are no cue as they were', () => {
    const doc = inArticle(`
      <p>${PROSE} <a href="/2024/04/01/port-authority-budget" title="Port authority budget under review">The budget</a> was cut.</p>
      <p>See: <a href="/2024/03/01/first-story-of-two">First story of the two here</a> and
        <a href="/2024/03/02/second-story-of-two">Second story of the two here</a></p>
      <p>Read the report: <a href="/2024/03/03/full-report-on-the-port">Full report on the port finances</a></p>`);
    expect(blocks(doc)).toEqual([
      ['Port authority budget under review', 'inline'],
      ['First story of the two here', 'other'],
      ['Second story of the two here', 'other'],
      ['Full report on the port finances', 'other'],
    ]);
  });

  it('does not take a lone link outside the article', () => {
    const doc = page(
      `<article><h1>Harbour strike ends after talks</h1><p>${PROSE}</p></article>
       <div><p><a href="/2024/04/18/union-leader-resigns">Union leader resigns after the vote</a></p></div>`,
    );
    expect(blocks(doc)).toEqual([['Union leader resigns after the vote', 'other']]);
  });
});
