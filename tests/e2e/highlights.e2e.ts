/**
 * Highlights end to end in Chromium with the e2e build: create a highlight and a note on the demo
 * article through the in-page toolbar, reload (the wake loader restores them), move the passage
 * (still found), then rewrite it beyond recognition (orphan, still listed in the popup).
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import { type DemoServer, startDemoServer } from '../../utils/cli/demo-server';
import { shadowTestId } from './support/closed-shadow';
import { passagePoints, selectWithMouse } from './support/passage-points';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const ARTICLE = resolve(import.meta.dirname, '../fixtures/pages/fr-tech-article.html');
const PASSAGE = 'une attaque par pulvérisation de mots de passe';
const NOTE = 'Pulvérisation : essayer un mot de passe courant sur beaucoup de comptes.';
const PARAGRAPH_START = '<p>L’affaire remonte';

let root: string;
let server: DemoServer;
let browser: LaunchedBrowser;
let page: Page;
let original: string;

const articleUrl = () => new URL('article.html', server.url).href;
const serve = (html: string) => writeFile(join(root, 'article.html'), html);

/** The article with the passage's paragraph moved after the others and a new paragraph first. */
function movedVariant(html: string): string {
  const start = html.indexOf(PARAGRAPH_START);
  const end = html.indexOf('</p>', start) + 4;
  const paragraph = html.slice(start, end);
  const rest = html.slice(0, start) + html.slice(end);
  const anchor = rest.indexOf('<p>Pour les entreprises');
  const intro = '<p>Mise à jour : la CISA a précisé le calendrier de sa directive vendredi soir.</p>\n';
  const withIntro = rest.replace('<p>La Cybersecurity', `${intro}<p>La Cybersecurity`);
  const at = withIntro.indexOf('<p>Pour les entreprises');
  expect(anchor).toBeGreaterThan(0);
  return withIntro.slice(0, at) + paragraph + withIntro.slice(at);
}

/** The article with the passage's paragraph rewritten entirely. */
function rewrittenVariant(html: string): string {
  const start = html.indexOf(PARAGRAPH_START);
  const end = html.indexOf('</p>', start) + 4;
  const replacement = '<p>Les détails techniques de cette intrusion restent confidentiels à ce stade.</p>';
  return html.slice(0, start) + replacement + html.slice(end);
}

/** The passage's paragraph repeated word for word right after itself: nothing says which is which. */
function duplicatedVariant(html: string): string {
  const start = html.indexOf(PARAGRAPH_START);
  const end = html.indexOf('</p>', start) + 4;
  return html.slice(0, end) + html.slice(start, end) + html.slice(end);
}

/** Serves `html` as the article, reloads it until its one highlight is an orphan, and opens the popup. */
async function popupWithOrphan(html: string): Promise<Page> {
  await serve(html);
  await page.reload();
  await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '0', orphans: '1' });
  return openPopup(await tabIdOf(articleUrl()));
}

async function status(p: Page) {
  return p.evaluate(() => ({
    anchored: document.documentElement.getAttribute('data-liseuse-anchored'),
    orphans: document.documentElement.getAttribute('data-liseuse-orphans'),
  }));
}

async function tabIdOf(url: string): Promise<number> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(async (u) => {
    type Tabs = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ url: u });
    return tab?.id ?? -1;
  }, url);
}

/** Saves the original article (as the popup's analysis would) and returns its library id. */
async function saveOriginal(from: Page): Promise<string> {
  const paragraphs =
    original.match(/<p>(?:La Cybersecurity|L’affaire remonte|Depuis, la situation)[\s\S]*?<\/p>/g) ?? [];
  const html = paragraphs.join('\n');
  const text = html.replace(/<[^>]+>/g, '');
  const analysis = {
    url: articleUrl(),
    canonicalUrl: new URL('/actu-58214/midnight-blizzard-cisa-directive-urgence-microsoft', server.url).href,
    title: 'Midnight Blizzard : la CISA ordonne de vérifier les courriels',
    byline: null,
    siteName: 'Octet Actu',
    lang: 'fr',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    html,
    text,
    wordCount: text.split(/\s+/).length,
    readingTimeMinutes: 1,
    images: [],
    entities: [],
    related: [],
    isArticle: true,
  };
  const reply = await from.evaluate(async (a) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    return chrome.runtime.sendMessage({ type: 'article/save', payload: { analysis: a } });
  }, analysis);
  const { ok, value } = reply as { ok: boolean; value: { id: string } };
  expect(ok).toBe(true);
  return value.id;
}

/** A page whose article paragraph arrives late, with a tiny client-side router (pushState). */
function lateSpaPage(html: string): string {
  const start = html.indexOf(PARAGRAPH_START);
  const paragraph = html.slice(start, html.indexOf('</p>', start) + 4);
  const canonical = '/actu-58214/midnight-blizzard-cisa-directive-urgence-microsoft';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>SPA</title>
<link rel="canonical" href="${canonical}"></head><body><main><h1>Midnight Blizzard</h1><div id="slot"></div></main>
<script>
const slot = document.getElementById('slot');
const article = ${JSON.stringify(paragraph)};
setTimeout(() => { slot.innerHTML = article; }, 1200);
window.spaGo = () => {
  document.querySelector('link[rel=canonical]').remove();
  history.pushState({}, '', 'other.html');
  slot.innerHTML = '<p>Une tout autre page, sans surlignement.</p>';
};
addEventListener('popstate', () => {
  const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: '${canonical}' });
  document.head.append(link);
  slot.innerHTML = article;
});
</script></body></html>`;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'liseuse-hl-'));
  original = await readFile(ARTICLE, 'utf8');
  await copyFile(ARTICLE, join(root, 'article.html'));
  server = await startDemoServer(root);
  browser = await launchChromium({ extensionDir: EXTENSION_DIR, locale: 'fr-FR' });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('highlights on a live page', () => {
  it('highlights and annotates a passage through the selection toolbar', async () => {
    await page.goto(articleUrl());
    // A page without annotations gets no highlighter from the loader; the popup's button injects it.
    const popup = await openPopup(await tabIdOf(articleUrl()));
    await popup.getByTestId('highlight-start').click();
    await popup.close();
    await page.bringToFront();
    await expect.poll(() => status(page)).toEqual({ anchored: '0', orphans: '0' });

    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);

    await shadowTestId(page, 'highlight-button').click();
    await expect.poll(() => status(page)).toEqual({ anchored: '1', orphans: '0' });
    await shadowTestId(page, 'note-button').click();
    await shadowTestId(page, 'note-input').fill(NOTE);
    await shadowTestId(page, 'note-save').click();
    await expect.poll(() => shadowTestId(page, 'note-input').isVisible()).toBe(false);
  });

  it('restores the highlight and its note after a reload', async () => {
    await page.reload();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
    const painted = await page.evaluate(() =>
      [...(CSS.highlights.get('liseuse-yellow') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(painted).toEqual([PASSAGE]);
    const points = await passagePoints(page, PASSAGE);
    if (!points) throw new Error('passage not found');
    await page.mouse.click(points.middle.x, points.middle.y);
    await expect.poll(() => shadowTestId(page, 'note-input').inputValue()).toBe(NOTE);
    await page.keyboard.press('Escape');
    await expect.poll(() => shadowTestId(page, 'note-input').isVisible()).toBe(false);
  });

  it('finds the passage after the page moved it among paragraphs', async () => {
    await serve(movedVariant(original));
    await page.reload();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
    const painted = await page.evaluate(() =>
      [...(CSS.highlights.get('liseuse-yellow') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(painted).toEqual([PASSAGE]);
  });

  it('does not guess between two identical copies of the paragraph, and says why in the popup', async () => {
    const popup = await popupWithOrphan(duplicatedVariant(original));
    const orphan = popup.getByTestId('highlight-orphan');
    await expect.poll(() => orphan.getAttribute('data-reason')).toBe('ambiguous');
    expect(await orphan.textContent()).toMatch(/^(Repeated on the page|Répété sur la page)$/);
    await popup.close();
  });

  it('keeps a passage changed beyond recognition as an orphan, listed in the popup', async () => {
    const popup = await popupWithOrphan(rewrittenVariant(original));
    const item = popup.getByTestId('highlight-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(PASSAGE);
    expect(await item.textContent()).toContain(NOTE);
    await expect.poll(() => popup.getByTestId('highlight-orphan').count()).toBe(1);
    expect(await popup.getByTestId('highlight-orphan').getAttribute('data-reason')).toBe('changed');
    await popup.close();
  });

  it('places an orphan on the text the reader selects, from the popup, and keeps it there', async () => {
    const popup = await popupWithOrphan(rewrittenVariant(original));
    const attach = popup.getByTestId('orphan-attach');
    // Nothing selected on the page yet: the popup says what to do, and nothing moves.
    await attach.click();
    const hint = popup.getByTestId('orphan-attach-hint');
    await expect.poll(() => hint.getAttribute('data-outcome')).toBe('no-selection');
    expect(await status(page)).toEqual({ anchored: '0', orphans: '1' });

    const target = 'Les détails techniques de cette intrusion';
    await page.bringToFront();
    expect(await selectWithMouse(page, target)).toBe(target);
    await popup.bringToFront();
    await attach.click();
    await expect.poll(() => status(page)).toEqual({ anchored: '1', orphans: '0' });
    await expect.poll(() => popup.getByTestId('highlight-orphan').count()).toBe(0);
    await popup.close();

    // Stored at its new place with its note: back after a reload, listed as placed.
    await page.reload();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
    const again = await openPopup(await tabIdOf(articleUrl()));
    const item = again.getByTestId('highlight-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(target);
    expect(await item.textContent()).toContain(NOTE);
    await again.close();

    // And back: on the original page it is the orphan now, placed again on the original passage.
    const back = await popupWithOrphan(original);
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await back.bringToFront();
    await back.getByTestId('orphan-attach').click();
    await expect.poll(() => status(page)).toEqual({ anchored: '1', orphans: '0' });
    await back.close();
  });

  it('shows the highlight in the saved copy and in the all-highlights view', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const id = await saveOriginal(library);
    await library.goto(
      `chrome-extension://${browser.extensionId}/library.html?article=${encodeURIComponent(id)}`,
    );
    await expect
      .poll(() => library.evaluate(() => document.documentElement.getAttribute('data-liseuse-anchored')))
      .toBe('1');
    const painted = await library.evaluate(() =>
      [...(CSS.highlights.get('liseuse-yellow') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(painted).toEqual([PASSAGE]);

    await library.goto(`chrome-extension://${browser.extensionId}/library.html?view=highlights`);
    const groups = library.getByTestId('highlight-group');
    await expect.poll(() => groups.count()).toBe(1);
    expect(await groups.first().textContent()).toContain('Midnight Blizzard');
    const savedLink = groups.first().locator(`a[href$="?article=${encodeURIComponent(id)}"]`);
    expect(await savedLink.count()).toBe(1);
    const pageLink = await groups.first().locator('a[target="_blank"]').getAttribute('href');
    expect(pageLink).toContain('#:~:text=');
    await library.getByTestId('highlights-search').fill('pulverisation');
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(1);
    await library.getByTestId('highlights-search').fill('introuvable');
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(0);
    await library.close();
  });

  it('anchors content that arrives late and follows single-page-app navigation', async () => {
    await writeFile(join(root, 'late.html'), lateSpaPage(original));
    await page.goto(new URL('late.html', server.url).href);
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '0', orphans: '1' });
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });

    await page.evaluate(() => (window as unknown as { spaGo(): void }).spaGo());
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '0', orphans: '0' });
    await page.goBack();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
  });
});

describe('site access window', () => {
  it('asks about the site the reader highlighted on, from an extension page', async () => {
    const prompt = await browser.context.newPage();
    const site = 'https://www.exemple-tech.fr/actu/1';
    await prompt.goto(
      `chrome-extension://${browser.extensionId}/site-access.html?site=${encodeURIComponent(site)}`,
    );
    expect(await prompt.locator('main').textContent()).toContain('www.exemple-tech.fr');
    expect(await prompt.getByTestId('site-access-allow').isVisible()).toBe(true);
    await prompt.close();
  });
});

/** Bundles the painters for a plain page (real Range, Highlight API and layout, no extension). */
async function paintersBundle(): Promise<string> {
  const src = resolve(import.meta.dirname, '../../utils/highlights/paint');
  const entry = join(root, 'painters-entry.ts');
  await writeFile(
    entry,
    ['mark-painter', 'custom-highlight-painter', 'hit-test', 'painter']
      .map((m) => `export * from ${JSON.stringify(join(src, `${m}.ts`))};`)
      .join('\n'),
  );
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'Painters' } },
  });
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first && 'output' in first ? first.output[0] : null;
  if (!chunk || !('code' in chunk)) throw new Error('no bundle');
  return chunk.code;
}

const PAINT_PAGE = `<!doctype html><html><head><style>p{font:16px/1.5 serif}</style></head><body>
<p id="a">Une attaque par <b>pulvérisation</b> de mots de passe a visé un compte de test.</p>
<p id="b">Ce compte oublié n’était pas protégé par l’authentification multifacteur.</p></body></html>`;

describe('painting in real Chromium', () => {
  let paintPage: Page;
  beforeAll(async () => {
    const code = await paintersBundle();
    paintPage = await browser.context.newPage();
    await paintPage.setContent(PAINT_PAGE);
    await paintPage.addScriptTag({ content: code });
  });

  it('wraps with <mark> where needed and restores the page exactly, text nodes included', async () => {
    const result = await paintPage.evaluate(() => {
      const P = (window as unknown as { Painters: typeof import('@/utils/highlights/paint/mark-painter') })
        .Painters;
      const before = document.body.innerHTML;
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      const a = document.getElementById('a') as HTMLElement;
      const b = document.getElementById('b') as HTMLElement;
      const painter = P.createMarkPainter(document);
      // Overlapping ranges computed on the same DOM, as anchoring returns them.
      const r1 = document.createRange();
      r1.setStart(a.firstChild as Text, 4);
      r1.setEnd(a.lastChild as Text, 12);
      const r2 = document.createRange();
      r2.setStart(a.lastChild as Text, 4);
      r2.setEnd(b.firstChild as Text, 10);
      painter.paintMany([
        { id: 'one', range: r1, color: 'yellow' },
        { id: 'two', range: r2, color: 'green' },
      ]);
      const marked = [...document.querySelectorAll('mark')].map((m) => (m as HTMLElement).dataset.liseuseId);
      const hit = painter.at(a.querySelector('b mark')?.firstChild as Node, 1);
      // Where focus returns when the note editor closes: the highlight's first mark.
      const target = painter.focusTarget('one');
      target?.focus();
      const focused = document.activeElement === target && target?.textContent === 'attaque par ';
      painter.remove('one');
      const afterRemove = [...document.querySelectorAll('mark')].map((m) => m.textContent).join('|');
      const twoStill = painter.rangeOf('two')?.toString();
      painter.clear();
      return {
        marked,
        hit,
        focused,
        afterRemove,
        twoStill,
        restored: document.body.innerHTML === before,
        sameNodes: texts.every((t) => t.isConnected),
      };
    });
    expect(result.marked).toContain('one');
    expect(result.marked).toContain('two');
    expect(result.hit).toBe('one');
    expect(result.focused).toBe(true);
    expect(result.afterRemove).toBe('mots de passe a visé un compte de test.|Ce compte ');
    expect(result.twoStill).toBe('mots de passe a visé un compte de test.\nCe compte ');
    expect(result.restored).toBe(true);
    expect(result.sameNodes).toBe(true);
  });

  it('paints with the Custom Highlight API without touching the DOM, and finds clicks on it', async () => {
    const result = await paintPage.evaluate(() => {
      const P = (
        window as unknown as {
          Painters: typeof import('@/utils/highlights/paint/custom-highlight-painter') &
            typeof import('@/utils/highlights/paint/hit-test');
        }
      ).Painters;
      const before = document.body.innerHTML;
      const sheets = document.adoptedStyleSheets.length;
      const a = document.getElementById('a') as HTMLElement;
      const painter = P.createCustomHighlightPainter(document, CSS.highlights);
      const r = document.createRange();
      r.setStart(a.firstChild as Text, 4);
      r.setEnd(a.lastChild as Text, 12);
      painter.paint('one', r, 'blue');
      const rect = r.getClientRects()[0] as DOMRect;
      const inside = P.highlightAtPoint(document, painter, rect.left + 10, rect.top + rect.height / 2);
      const below = P.highlightAtPoint(document, painter, rect.left + 10, rect.bottom + 200);
      const state = {
        registered: CSS.highlights.get('liseuse-blue')?.size,
        domUntouched: document.body.innerHTML === before,
        styled: document.adoptedStyleSheets.length === sheets + 1,
        inside,
        below,
      };
      painter.clear();
      return {
        ...state,
        cleared: !CSS.highlights.has('liseuse-blue'),
        unstyled: document.adoptedStyleSheets.length === sheets,
      };
    });
    expect(result).toEqual({
      registered: 1,
      domUntouched: true,
      styled: true,
      inside: 'one',
      below: null,
      cleared: true,
      unstyled: true,
    });
  });
});
