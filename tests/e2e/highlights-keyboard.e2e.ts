/**
 * Highlights by keyboard in Chromium with the e2e build: Tab reaches the highlights (proxies in the
 * extension's shadow root, the page's DOM untouched), arrows move between them in document order,
 * Enter opens the note editor, tags are added there and come back after a reload, in the popup's
 * list and in the library's all-highlights view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId } from '@/utils/cli/popup-page';
import { shadowBoxes, shadowFocus, shadowTestId } from './support/closed-shadow';
import { type E2eEnv, startE2eEnv } from './support/fixtures';
import { selectWithMouse } from './support/passage-points';

const FIRST = 'une attaque par pulvérisation de mots de passe';
const SECOND = 'activer la MFA partout';
const NOTE = 'Pulvérisation : un mot de passe courant essayé sur beaucoup de comptes.';

let env: E2eEnv;
let page: Page;
const articleUrl = () => env.pageUrl('fr-tech-article.html');

const status = (p: Page) =>
  p.evaluate(() => ({
    anchored: document.documentElement.getAttribute('data-liseuse-anchored'),
    orphans: document.documentElement.getAttribute('data-liseuse-orphans'),
  }));

/** What has keyboard focus: a proxy's label, or the focused page element's tag and text. */
async function focused(p: Page) {
  const inner = await shadowFocus(p);
  if (inner) return { testid: inner.testid, label: inner.label };
  return p.evaluate(() => {
    const active = document.activeElement;
    return { testid: '', label: `${active?.tagName} ${active?.textContent?.trim().slice(0, 40)}` };
  });
}

/** Selects `passage` with the mouse, as a reader would. */
async function select(p: Page, passage: string) {
  expect(await selectWithMouse(p, passage)).toBe(passage);
}

async function openPopup(): Promise<Page> {
  const worker = env.browser.serviceWorker;
  if (!worker) throw new Error('no service worker');
  const popup = await env.browser.context.newPage();
  await popup.goto(
    `chrome-extension://${env.extensionId}/popup.html?tabId=${await findTabId(worker, articleUrl())}`,
  );
  return popup;
}

/** Reloads and waits for both highlights; focus starts from the top of the document. */
async function reloadAnchored() {
  await page.reload();
  await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '2', orphans: '0' });
}

beforeAll(async () => {
  env = await startE2eEnv({ uiLanguage: 'fr' });
  page = await env.browser.context.newPage();
});

afterAll(async () => {
  await env?.close();
});

describe('highlights reached by keyboard', () => {
  it('highlights two passages with the toolbar (the later one first)', async () => {
    await page.goto(articleUrl());
    const popup = await openPopup();
    await popup.getByTestId('highlight-start').click();
    await popup.close();
    await page.bringToFront();
    await expect.poll(() => status(page)).toEqual({ anchored: '0', orphans: '0' });
    // The later passage first: the proxies must follow the page's order, not creation order.
    for (const passage of [SECOND, FIRST]) {
      await select(page, passage);
      await shadowTestId(page, 'highlight-button').click();
      await page.keyboard.press('Escape');
    }
    await expect.poll(() => status(page)).toEqual({ anchored: '2', orphans: '0' });
  });

  it('puts one Tab stop first, ringing and revealing each passage, without touching the page', async () => {
    await reloadAnchored();
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ testid: 'highlight-focus', label: `Surlignage : ${FIRST}` });
    expect(await shadowTestId(page, 'highlight-focus').count()).toBe(2);
    const ring = async () => {
      const boxes = await shadowBoxes(page, 'ring');
      const view = await page.evaluate(() => {
        const host = document.querySelector('liseuse-highlights');
        return {
          height: innerHeight,
          ui: host?.hasAttribute('data-liseuse-ui'),
          outsideBody: host?.parentElement === document.documentElement,
          closed: host?.shadowRoot === null,
        };
      });
      return {
        boxes: boxes.length,
        inView: boxes.every((b) => b.top >= 0 && b.bottom <= view.height),
        ui: view.ui,
        outsideBody: view.outsideBody,
        closed: view.closed,
      };
    };
    expect(await ring()).toEqual({ boxes: 1, inView: true, ui: true, outsideBody: true, closed: true });

    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ testid: 'highlight-focus', label: `Surlignage : ${SECOND}` });
    expect((await ring()).inView).toBe(true);
    await page.keyboard.press('Home');
    expect((await focused(page)).label).toBe(`Surlignage : ${FIRST}`);
    // The next Tab leaves the highlights for the page's own first control (its skip link).
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toContain('Aller au contenu');
    expect(await ring()).toMatchObject({ boxes: 0 });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  });

  it('opens the note editor on Enter, saves a note and tags, and gives focus back', async () => {
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).label).toBe(`Surlignage : ${FIRST}`);
    await page.keyboard.press('Enter');
    // No note yet: the editor opens on its actions; the Note button opens the note field.
    await expect.poll(() => shadowTestId(page, 'highlight-delete').isVisible()).toBe(true);
    // An existing highlight offers Delete, not Highlight.
    expect(await shadowTestId(page, 'highlight-button').isVisible()).toBe(false);
    await shadowTestId(page, 'note-button').press('Enter');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    expect((await shadowFocus(page))?.testid).toBe('tags-input');
    await page.keyboard.type('mots de passe, #MFA, Russie');
    await page.keyboard.press('Enter');
    await expect.poll(() => shadowTestId(page, 'note-input').isVisible()).toBe(false);
    await expect
      .poll(() => focused(page))
      .toEqual({ testid: 'highlight-focus', label: `Surlignage avec note : ${FIRST}` });

    // Escape closes the editor and returns to the highlight; Escape again leaves the highlights.
    await page.keyboard.press('Space');
    await expect.poll(() => shadowTestId(page, 'note-input').inputValue()).toBe(NOTE);
    expect(await shadowTestId(page, 'tags-input').inputValue()).toBe('mots de passe, MFA, Russie');
    await page.keyboard.press('Escape');
    await expect.poll(() => shadowTestId(page, 'note-input').isVisible()).toBe(false);
    expect((await focused(page)).testid).toBe('highlight-focus');
    await page.keyboard.press('End');
    expect((await focused(page)).label).toBe(`Surlignage : ${SECOND}`);
    // Back where the reader came from (Shift+Tab from the skip link), not to the note editor.
    await page.keyboard.press('Escape');
    expect((await focused(page)).label).toContain('Aller au contenu');
  });

  it('brings the note and tags back after a reload, and lists the tags in the popup', async () => {
    await reloadAnchored();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => shadowTestId(page, 'note-input').inputValue()).toBe(NOTE);
    expect(await shadowTestId(page, 'tags-input').inputValue()).toBe('mots de passe, MFA, Russie');
    await page.keyboard.press('Escape');

    const popup = await openPopup();
    const tags = popup.getByTestId('highlight-tags');
    await expect.poll(() => tags.count()).toBe(1);
    expect(await tags.locator('li').allTextContents()).toEqual(['mots de passe', 'MFA', 'Russie']);
    const item = popup.getByTestId('highlight-item').filter({ has: tags });
    expect(await item.textContent()).toContain(FIRST);
    await popup.close();
  });

  it('shows the tags in the all-highlights view, where a tag filters the list', async () => {
    const library = await env.browser.context.newPage();
    await library.goto(`chrome-extension://${env.extensionId}/library.html?view=highlights`);
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(2);
    await library.getByTestId('highlights-search').fill('russie');
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(1);
    await library.getByTestId('highlights-search').fill('');
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(2);
    await library
      .getByTestId('highlight-tags')
      .getByRole('button', { name: /Russie/ })
      .press('Enter');
    expect(await library.getByTestId('highlights-search').inputValue()).toBe('Russie');
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(1);
    expect(await library.getByTestId('highlight-item').textContent()).toContain(FIRST);
    await library.close();
  });
});
