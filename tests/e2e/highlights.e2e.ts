/**
 * Highlights end to end in Chromium with the e2e build: create a highlight and a note on the demo
 * article through the in-page toolbar, reload (the wake loader restores them), move the passage
 * (still found), then rewrite it beyond recognition (orphan, still listed in the popup).
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../utils/cli/demo-server';
import { type LaunchedBrowser, launchChromium } from './support/chromium';

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

async function status(p: Page) {
  return p.evaluate(() => ({
    anchored: document.documentElement.getAttribute('data-liseuse-anchored'),
    orphans: document.documentElement.getAttribute('data-liseuse-orphans'),
  }));
}

/** Viewport points at the start and end of the passage's text. */
async function passagePoints(p: Page) {
  return p.evaluate((passage) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(passage);
      if (at < 0) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + 1);
      const first = r.getBoundingClientRect();
      r.setStart(n, at + passage.length - 1);
      r.setEnd(n, at + passage.length);
      const last = r.getBoundingClientRect();
      return {
        start: { x: first.left + 0.5, y: first.top + first.height / 2 },
        end: { x: last.right - 0.5, y: last.top + last.height / 2 },
        middle: { x: (first.left + last.right) / 2, y: first.top + first.height / 2 },
      };
    }
    return null;
  }, PASSAGE);
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

    const points = await passagePoints(page);
    if (!points) throw new Error('passage not found');
    await page.mouse.move(points.start.x, points.start.y);
    await page.mouse.down();
    await page.mouse.move(points.end.x, points.end.y, { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(PASSAGE);

    await page.getByTestId('highlight-button').click();
    await expect.poll(() => status(page)).toEqual({ anchored: '1', orphans: '0' });
    await page.getByTestId('note-button').click();
    await page.getByTestId('note-input').fill(NOTE);
    await page.getByTestId('note-save').click();
    await expect.poll(() => page.getByTestId('note-input').isVisible()).toBe(false);
  });

  it('restores the highlight and its note after a reload', async () => {
    await page.reload();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
    const painted = await page.evaluate(() =>
      [...(CSS.highlights.get('liseuse-yellow') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(painted).toEqual([PASSAGE]);
    const points = await passagePoints(page);
    if (!points) throw new Error('passage not found');
    await page.mouse.click(points.middle.x, points.middle.y);
    await expect.poll(() => page.getByTestId('note-input').inputValue()).toBe(NOTE);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('note-input').isVisible()).toBe(false);
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

  it('keeps a passage changed beyond recognition as an orphan, listed in the popup', async () => {
    await serve(rewrittenVariant(original));
    await page.reload();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '0', orphans: '1' });
    const popup = await openPopup(await tabIdOf(articleUrl()));
    const item = popup.getByTestId('highlight-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(PASSAGE);
    expect(await item.textContent()).toContain(NOTE);
    await expect.poll(() => popup.getByTestId('highlight-orphan').count()).toBe(1);
    await popup.close();
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

    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
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
