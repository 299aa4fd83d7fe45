import { describe, expect, it } from 'vitest';
import { collectLinkCandidates } from '@/utils/article/related';
import { fixture, page } from './helpers';

const DEMO_URL = 'http://127.0.0.1:8080/fr-tech-article.html';
const BASE = 'http://127.0.0.1:8080';

describe('collectLinkCandidates on the French fixture', () => {
  const candidates = collectLinkCandidates(fixture('fr-tech-article.html'), DEMO_URL);
  const byPath = new Map(candidates.map((c) => [new URL(c.url).pathname, c]));

  it('finds the related block and the latest-articles list, not the phrases linked in the text', () => {
    expect(candidates.filter((c) => c.block === 'related').map((c) => c.title)).toEqual([
      'Midnight Blizzard : des pirates russes ont lu les e-mails de dirigeants de Microsoft',
      'Hewlett Packard Enterprise victime à son tour des espions de Midnight Blizzard',
      'Storm-0558 : le rapport du CSRB accable la sécurité du cloud de Microsoft',
    ]);
    // "le piratage de SolarWinds" is a phrase of a sentence: no headline to show for it.
    expect(byPath.has('/actu-31877/solarwinds-piratage-geant-administrations-americaines')).toBe(false);
    expect(candidates.filter((c) => c.block === 'latest')).toHaveLength(5);
  });

  it('keeps one entry per story, with the better block and the heading as title', () => {
    const first = candidates.filter((c) => c.url.includes('/actu-56930/'));
    expect(first).toHaveLength(1);
    // Linked from the text ("nous l’expliquions en janvier") and from the related block: related wins.
    expect(first[0]?.block).toBe('related');
    const gemini = byPath.get('/actu-58226/gemini-chatbot-google-adolescents');
    expect(gemini?.title).toBe('Gemini : Google ouvre son chatbot aux adolescents dans de nouveaux pays');
  });

  it('leaves out chrome, listings, other sites and the page itself', () => {
    const paths = [...byPath.keys()];
    for (const excluded of [
      '/dossiers/guide-des-meilleurs-forfaits-mobiles-du-moment', // main menu
      '/actu-58214/midnight-blizzard-cisa-directive-urgence-microsoft', // canonical, breadcrumb
      '/actu-50000/charte-editoriale-octet-actu-engagements-lecteurs', // site footer
      '/actu-49011/lapsus-groupe-pirates-adolescents-code-source-microsoft', // a reader's comment
      '/actu-58207/forfait-mobile-100-go-moins-de-10-euros-rentree', // previous/next navigation
    ]) {
      expect(paths, excluded).not.toContain(excluded);
    }
    expect(candidates.every((c) => c.url.startsWith(`${BASE}/`))).toBe(true);
    const firstSegments = paths.map((p) => p.split('/')[1]);
    expect(firstSegments.every((segment) => /^actu-\d+$/.test(segment ?? ''))).toBe(true);
    expect(candidates).toHaveLength(8);
  });

  it('marks the item in the page’s own section and keeps teasers without titles or categories', () => {
    const ransomware = byPath.get('/actu-58205/hopital-rancongiciel-donnees-patients-publiees');
    expect(ransomware?.sameSection).toBe(true);
    expect(candidates.filter((c) => c.sameSection)).toHaveLength(1);
    expect(ransomware?.snippet).toContain('Faute de rançon');
    expect(ransomware?.snippet).not.toContain('Rançongiciel :');
    expect(ransomware?.snippet).not.toContain('Sécurité');
  });

  it('is JSON-serialisable and numbers positions in page order', () => {
    expect(JSON.parse(JSON.stringify(candidates))).toEqual(candidates);
    expect(candidates.map((c) => c.position)).toEqual(candidates.map((_, i) => i));
  });
});

describe('collectLinkCandidates on small pages', () => {
  const URL_ = 'https://www.journal.fr/2024/05/02/mon-article-du-jour';

  it('reads block kinds from class names, aria-labels and headings, in French and English', () => {
    const doc = page(`
      <div class="jp-relatedposts"><a href="/2024/01/01/un-article-tres-proche">Cet article très proche du sujet</a></div>
      <section><h2>Sur le même sujet</h2><ul>
        <li><a href="/actu-1111/premier-lien">Premier lien du bloc thématique</a></li>
        <li><a href="/actu-2222/second-lien">Second lien du bloc thématique</a></li></ul></section>
      <div aria-label="Most popular"><a href="/news/3333">The most read story of the week</a></div>
      <aside><h3>Read more</h3><p><a href="/news/4444">Another story worth reading today</a></p></aside>
      <div class="box"><span>Plus d’articles sur le tag Cloud</span><a href="/actu-5555/cloud-story">Une histoire de cloud en Europe</a></div>
      <div><a href="/actu-6666/sans-indice">Un lien sans aucun indice autour</a></div>`);
    const blocks = Object.fromEntries(
      collectLinkCandidates(doc, URL_).map((c) => [c.title.split(' ')[0], c.block]),
    );
    expect(blocks).toEqual({
      Cet: 'related',
      Premier: 'related',
      Second: 'related',
      The: 'latest',
      Another: 'related',
      Une: 'tag',
      Un: 'other',
    });
  });

  it("reads the page's section from a breadcrumb trail named by its class or its label, not from a near word", () => {
    const list = `<section class="related"><ul>
        <li><a href="/actu-1111/premier-lien">Premier lien du bloc thématique</a> <a href="/rubrique/sciences/">Sciences</a></li>
        <li><a href="/actu-2222/second-lien">Second lien du bloc thématique</a> <a href="/rubrique/sport/">Sport</a></li>
      </ul></section>`;
    const crumbs = (attributes: string) =>
      `<nav ${attributes}><a href="/">Accueil</a> <a href="/rubrique/sciences/">Sciences</a></nav>${list}`;
    const inSection = (attributes: string) =>
      collectLinkCandidates(page(crumbs(attributes)), URL_)
        .filter((c) => c.sameSection)
        .map((c) => c.url.split('/')[3]);
    expect(inSection('class="site-breadcrumbs"')).toEqual(['actu-1111']);
    expect(inSection('aria-label="Fil d’ariane"')).toEqual(['actu-1111']);
    expect(inSection('class="menu" aria-label="Breadcrumb"')).toEqual(['actu-1111']);
    expect(inSection('class="breadbox" aria-label="Menu"')).toEqual([]);
    expect(inSection('class="menu"')).toEqual([]);
  });

  it('reads an editor\'s "read also" heading in other languages, as whole words only', () => {
    const doc = page(`
      <section><h2>Lesen Sie auch</h2><p><a href="/artikel-1111/naechste-geschichte">Die nächste Geschichte zum Hafen</a></p></section>
      <section><h2>Читайте также</h2><p><a href="/news-2222/drugaya">Другая история о порте города</a></p></section>
      <section><h2>Relatedness of markets</h2><p><a href="/news-3333/markets">Markets move on the port strike</a></p></section>`);
    const blocks = Object.fromEntries(
      collectLinkCandidates(doc, URL_).map((c) => [c.url.split('/')[3], c.block]),
    );
    expect(blocks).toEqual({ 'artikel-1111': 'related', 'news-2222': 'related', 'news-3333': 'other' });
  });

  it('takes a generic heading over a class that says "related", and a whole generic heading as a list', () => {
    const doc = page(`
      <section class="related-posts"><h2>More stories</h2><ul>
        <li><a href="/news-1111/ferry-fares">Ferry fares rise again in the spring</a></li>
        <li><a href="/news-2222/town-hall">Town hall votes on a new budget</a></li></ul></section>
      <section class="related-posts"><h2>Related</h2><ul>
        <li><a href="/news-3333/harbour-strike">Harbour strike enters its second week</a></li></ul></section>
      <section><h2>Dans la même rubrique</h2><ul>
        <li><a href="/actu-4444/marche-de-noel">Le marché de Noël ouvre samedi</a></li></ul></section>
      <section><h2>More on the harbour strike</h2><ul>
        <li><a href="/news-5555/dockers-vote">Dockers vote to continue the strike</a></li></ul></section>`);
    const blocks = Object.fromEntries(
      collectLinkCandidates(doc, URL_).map((c) => [c.url.split('/')[3], c.block]),
    );
    expect(blocks).toEqual({
      'news-1111': 'latest',
      'news-2222': 'latest',
      'news-3333': 'related',
      'actu-4444': 'latest',
      'news-5555': 'related',
    });
  });

  it('reads "More <subject>" as the site’s list on a subject, and "More local news" as its other news', () => {
    const list = (heading: string, path: string) =>
      `<aside><div><h3>${heading}</h3><ul><li><a href="/${path}/a-long-story-slug-here">A story told under that heading</a></li></ul></div></aside>`;
    const doc = page(
      list('More wildfire coverage', 'news-1111') +
        list('More book reviews', 'news-2222') +
        list('More local news', 'news-3333') +
        list('More blog stories', 'news-4444'),
    );
    expect(
      Object.fromEntries(collectLinkCandidates(doc, URL_).map((c) => [c.url.split('/')[3], c.block])),
    ).toEqual({ 'news-1111': 'tag', 'news-2222': 'tag', 'news-3333': 'latest', 'news-4444': 'latest' });
  });

  it('reads a block of suggestions as such, and one suggested story in the text as an editor’s pointer', () => {
    const doc = page(`<main><article><h1>Le port</h1>
      <p>Le port a rouvert ses quais lundi après trois semaines de grève des dockers et de négociations.</p>
      <aside><span>Auch interessant</span><a href="/artikel-1111/docker-streik">Docker stimmen über das Ende des Streiks ab</a></aside>
      <p>Le trafic des ferries reprendra normalement à partir de la semaine prochaine selon la direction.</p>
      </article></main>
      <section><h3>Te recomendamos</h3>
        <a href="/noticia-2222/feria">La feria ya tiene fechas para el año que viene</a>
        <a href="/noticia-3333/betis">El Betis conocerá el lunes a su rival en Europa</a></section>`);
    const blocks = Object.fromEntries(
      collectLinkCandidates(doc, URL_).map((c) => [c.url.split('/')[3], c.block]),
    );
    expect(blocks).toEqual({
      'artikel-1111': 'related',
      'noticia-2222': 'suggested',
      'noticia-3333': 'suggested',
    });
  });

  it('reads the label set just before a list, unless the list sits in a menu', () => {
    const doc = page(`<main><article><h1>Le port</h1>
      <p>Le port a rouvert ses quais lundi après trois semaines de grève des dockers et de négociations.</p>
      <p>Lesen Sie auch:</p>
      <ul><li><a href="/artikel-1111/docker-streik">Docker stimmen über das Ende des Streiks ab</a></li></ul>
      <p>Le trafic des ferries reprendra normalement à partir de la semaine prochaine selon la direction.</p>
      </article></main>
      <div class="sidebar"><nav class="side-list"><h5>Lo más leído</h5>
      <ul><li><a href="/noticia-2222/feria">La feria ya tiene fechas para el año que viene</a></li></ul></nav></div>`);
    const blocks = Object.fromEntries(
      collectLinkCandidates(doc, URL_).map((c) => [c.url.split('/')[3], c.block]),
    );
    expect(blocks).toEqual({ 'artikel-1111': 'related' });
  });

  it('treats www. and bare host as one site, and resolves against <base href>', () => {
    const doc = page(
      `<main><ul><li><a href="https://journal.fr/actu-1234/lien-interne">Un lien interne vers une autre histoire</a></li>
       <li><a href="https://autre.fr/actu-9/ailleurs">Un lien vers un autre site web</a></li>
       <li><a href="actu-7777/relatif-au-base">Un lien relatif résolu par la base</a></li></ul></main>`,
      '<base href="https://www.journal.fr/archives/">',
    );
    const urls = collectLinkCandidates(doc, URL_).map((c) => c.url);
    expect(urls).toEqual([
      'https://journal.fr/actu-1234/lien-interne',
      'https://www.journal.fr/archives/actu-7777/relatif-au-base',
    ]);
  });

  it('takes a listing card’s heading as title for its image and "Lire la suite" links', () => {
    const doc = page(`<section class="latest-posts"><h2>Derniers articles</h2>
      <article class="post"><a href="/actu-4242/la-carte-du-jour"><img src="x.jpg" alt="Photo"></a>
        <header class="entry-header"><h2 class="entry-title">Le titre de la carte dans son en-tête</h2></header>
        <p>Le chapô de la carte.</p><a href="/actu-4242/la-carte-du-jour#more">Lire la suite</a></article>
      <article class="post"><header><h2><a href="/actu-4343/une-autre-carte">Une autre carte de la liste</a></h2></header></article>
    </section>`);
    const found = collectLinkCandidates(doc, URL_);
    expect(found.map((c) => [c.title, c.block])).toEqual([
      ['Le titre de la carte dans son en-tête', 'latest'],
      ['Une autre carte de la liste', 'latest'],
    ]);
    expect(found[0]?.snippet).toBe('Le chapô de la carte. Lire la suite');
  });

  it('drops links without a real title and page-level header, footer, nav, share and comment links', () => {
    const doc = page(`<header><a href="/actu-1/en-tete-du-site">Un lien dans l’en-tête du site</a></header>
      <main><article><p>Du texte avant <a href="/actu-2222/un-article-interne">Lire la suite</a>.</p>
        <div class="social-share"><a href="/actu-3/partage-interne-du-site">Partager cet article sur le site</a></div>
        <div id="comments"><p>Voir <a href="/actu-4/lien-de-commentaire">ce lien posté en commentaire</a></p></div>
      </article></main>
      <nav><a href="/actu-5/menu-du-site">Une entrée du menu du site</a></nav>
      <footer><a href="/actu-6/pied-de-page">Un lien du pied de page</a></footer>`);
    expect(collectLinkCandidates(doc, URL_)).toEqual([]);
  });

  it('excludes the page itself, by URL or canonical, whatever the fragment', () => {
    const doc = page(
      `<main><p>Voir <a href="#comments">les commentaires de cet article</a> ou
       <a href="/2024/05/02/mon-article-canonique?utm_source=x">cet article lui-même, encore</a>.</p></main>`,
      '<link rel="canonical" href="https://journal.fr/2024/05/02/mon-article-canonique">',
    );
    expect(collectLinkCandidates(doc, URL_)).toEqual([]);
  });

  it('returns nothing for a non-http page URL', () => {
    expect(
      collectLinkCandidates(page('<a href="/actu-1/un-titre-long">Un titre assez long</a>'), 'about:blank'),
    ).toEqual([]);
  });
});
