import { describe, expect, it } from 'vitest';
import { collectLinkCandidates } from '@/utils/article/related';
import { page } from './helpers';

const PAGE = 'https://www.gazette.example/world/2024/03/05/harbour-strike-ends-after-talks-4821';
const paths = (doc: Document, url = PAGE) =>
  collectLinkCandidates(doc, url).map((c) => new URL(c.url).pathname + new URL(c.url).search);
const list = (...links: string[]) =>
  `<aside class="more"><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></aside>`;

describe('links to the page itself', () => {
  it('leaves out its own path with share or tracking parameters, and its translations', () => {
    const doc = page(
      list(
        `<a href="/world/2024/03/05/harbour-strike-ends-after-talks-4821?share=facebook">Share this article on a network</a>`,
        `<a href="/world/2024/03/05/harbour-strike-ends-after-talks-4821/?itm_source=popular">Harbour strike ends after talks</a>`,
        `<a href="https://es.gazette.example/mundo/harbour-strike-ends-after-talks-4821/">Leer la versión en español</a>`,
        `<a href="/world/2024/03/04/harbour-strike-enters-third-week-4807">Harbour strike enters its third week</a>`,
      ),
    );
    expect(paths(doc)).toEqual(['/world/2024/03/04/harbour-strike-enters-third-week-4807']);
  });

  it('keeps a story whose slug differs only by its number', () => {
    const doc = page(
      list(`<a href="/news/world-europe-33646875">Five things learned from the interview</a>`),
    );
    expect(paths(doc, 'https://gazette.example/news/world-europe-33646704')).toEqual([
      '/news/world-europe-33646875',
    ]);
  });

  it('tells stories apart by their id parameter when the site uses one', () => {
    const doc = page(
      list(
        `<a href="/view.php?idx=8576&amp;utm_source=x">The page itself under its id</a>`,
        `<a href="/view.php?idx=8577">Another story under the next id</a>`,
      ),
    );
    expect(paths(doc, 'https://gazette.example/view.php?idx=8576')).toEqual(['/view.php?idx=8577']);
  });
});

describe('one site among others on a shared host', () => {
  const urls = (doc: Document, url: string) => collectLinkCandidates(doc, url).map((c) => c.url);

  it("keeps a blog's own stories, not another blog's on the same blog host", () => {
    const doc = page(
      list(
        `<a href="https://harbourwalks.blogspot.com/2024/02/a-winter-walk-along-the-piers.html">A winter walk along the piers</a>`,
        `<a href="https://quietkitchen.blogspot.com/2024/02/bread-baked-in-a-cold-oven.html">Bread baked in a cold oven at night</a>`,
        `<a href="https://quietkitchen.substack.com/p/notes-from-the-market-stalls">Notes from the market stalls</a>`,
      ),
    );
    expect(urls(doc, 'https://harbourwalks.blogspot.com/2024/03/the-lighthouse-in-the-fog.html')).toEqual([
      'https://harbourwalks.blogspot.com/2024/02/a-winter-walk-along-the-piers.html',
    ]);
  });

  it("keeps a member's own stories on a host that writes members under /@name", () => {
    const doc = page(
      list(
        `<a href="https://medium.example/@ana/why-harbours-silt-up-over-the-years-1a2b3c">Why harbours silt up over the years</a>`,
        `<a href="https://medium.example/@bo/ten-tips-for-writing-every-single-day-4d5e6f">Ten tips for writing every single day</a>`,
      ),
    );
    expect(urls(doc, 'https://medium.example/@ana/dredging-the-old-port-again-7a8b9c')).toEqual([
      'https://medium.example/@ana/why-harbours-silt-up-over-the-years-1a2b3c',
    ]);
  });

  it("keeps a news site's stories across its subdomains", () => {
    const doc = page(
      list(
        `<a href="https://sport.gazette.co.uk/2024/03/05/harbour-regatta-cancelled">Harbour regatta cancelled after storm</a>`,
      ),
    );
    expect(urls(doc, 'https://www.gazette.co.uk/2024/03/05/harbour-strike-ends-after-talks')).toHaveLength(1);
  });
});

describe('what is not a story', () => {
  it('leaves out documents and recordings', () => {
    const doc = page(
      list(
        `<a href="/files/2024/03/strike-agreement-full-text.pdf">The agreement in full, as signed</a>`,
        `<a href="/audio/2024/03/strike-interview-with-the-union.m4a">Listen to the union leader explain</a>`,
      ),
    );
    expect(paths(doc)).toEqual([]);
  });

  it('drops topic pages when the site gives its stories an id or a date', () => {
    const doc = page(
      list(
        `<a href="/world/2024/03/01/dockers-vote-to-strike-4790">Dockers vote to strike over pay</a>`,
        `<a href="/world/2024/02/20/port-talks-collapse-4702">Port talks collapse without a deal</a>`,
        `<a href="/business/2024/02/12/shipping-costs-rise-4650">Shipping costs rise along the coast</a>`,
        `<a href="/world/2024/01/30/union-names-new-leader-4588">Union names a new leader for the port</a>`,
        `<a href="/harbour-strike-live-coverage-and-analysis/">Harbour strike: live coverage and analysis</a>`,
      ),
    );
    expect(paths(doc)).not.toContain('/harbour-strike-live-coverage-and-analysis/');
    expect(paths(doc)).toHaveLength(4);
  });

  it('keeps a story without an id when its path is shaped like the stories that have one', () => {
    const doc = page(
      list(
        `<a href="/34198-europa-plumes-images.html">Possible plumes on Europa: the images</a>`,
        `<a href="/36464-europa-plume-hubble.html">Hubble spots a plume rising from Europa</a>`,
        `<a href="/40575-europa-plume-galileo.html">Old Galileo data show a plume after all</a>`,
        `<a href="/13624-photos-europa-moon.html">Photos of Europa, the icy moon</a>`,
        `<a href="/nasa-europa-mission-alien-life.html">A NASA mission could spot signs of life on Europa</a>`,
      ),
    );
    expect(paths(doc, 'https://space.example/europa-water-vapor-confirmed.html')).toContain(
      '/nasa-europa-mission-alien-life.html',
    );
  });
});

describe('links in running text and lists of links', () => {
  const URL_ = 'https://gazette.example/2024/03/05/harbour-strike-ends';

  it('leaves out a phrase linked inside a sentence, even wrapped in <strong>', () => {
    const doc = page(
      `<main><article><p>The port had <a href="/2024/02/20/port-talks-collapse">seen talks collapse twice</a> before
       <strong><a href="/2024/01/30/union-names-new-leader">The Union Leader</a></strong> came back to the table
       with a new offer on Tuesday morning.</p></article></main>`,
    );
    expect(paths(doc, URL_)).toEqual([]);
  });

  it('keeps headlines in a paragraph that is mostly links, and a "Read also" line', () => {
    const doc = page(
      `<main><article><p>Some text of the article that goes on for a while about the harbour.</p>
       <p><strong>DON'T MISS</strong> <a href="/2024/02/20/port-talks-collapse">Port talks collapse without a deal</a> [VIDEO]
       <a href="/2024/01/30/union-names-new-leader">Union names a new leader for the port</a> [INSIGHT]</p>
       <p>Read also: <a href="/2024/01/12/shipping-costs-rise">Shipping costs rise along the coast</a></p></article></main>`,
    );
    const found = collectLinkCandidates(doc, URL_);
    expect(found.map((c) => c.title)).toEqual([
      'Port talks collapse without a deal',
      'Union names a new leader for the port',
      'Shipping costs rise along the coast',
    ]);
    expect(found.every((c) => c.block !== 'inline')).toBe(true);
  });

  it('uses a title attribute for a link in running text, when it names the story', () => {
    const doc = page(
      `<main><article><p>The port had <a href="/2024/02/20/port-talks-collapse" title="Port talks collapse without a deal">seen
       talks collapse twice</a> before the union came back to the table with a new offer.</p></article></main>`,
    );
    expect(collectLinkCandidates(doc, URL_).map((c) => [c.title, c.block])).toEqual([
      ['Port talks collapse without a deal', 'inline'],
    ]);
  });
});

describe('stories whose address has a two-word slug', () => {
  const SITE = 'https://www.metro.example/grand-ville/transport/ligne-bleue-nouveau-retard-chantier';
  const wordy = `<a href="/grand-ville/transport/tramway-est-consultation-publique">Tramway de l'Est : la consultation publique reprend</a>`;

  it('keeps one with a headline, filed in the folder of a story with a wordy address', () => {
    const doc = page(
      list(
        wordy,
        `<a href="/grand-ville/transport/stm-tarifs-2027">Hausse des tarifs du métro en 2027 : ce qui change</a>`,
      ),
    );
    expect(paths(doc, SITE)).toEqual([
      '/grand-ville/transport/tramway-est-consultation-publique',
      '/grand-ville/transport/stm-tarifs-2027',
    ]);
  });

  it('leaves out a topic page named in a few words, and a headline in a folder with no such story', () => {
    const doc = page(
      list(
        wordy,
        `<a href="/grand-ville/transport/ligne-orange">Ligne orange</a>`,
        `<a href="/sports/lausanne-fribourg">Le club de Lausanne s'impose à Fribourg au terme d'un match fou</a>`,
      ),
    );
    expect(paths(doc, SITE)).toEqual(['/grand-ville/transport/tramway-est-consultation-publique']);
  });
});
