/**
 * Every surface of Liseuse's UI the accessibility checks visit, as data: adding a page or a state is one
 * entry. Each opens in the given colour scheme and says which part of the page is Liseuse's (`scope`, for
 * the in-page toolbar; the whole page otherwise).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPopupPage } from '@/utils/cli/popup-page';
import { shadowTestId } from './closed-shadow';
import type { E2eEnv } from './fixtures';
import { selectWithMouse } from './passage-points';

export type Theme = 'light' | 'dark';

/** What the surfaces need: the browser, a saved article with a highlight, and its tab. */
export interface SurfaceContext {
  env: E2eEnv;
  /** The demo article's tab, where the selection toolbar shows. */
  article: Page;
  articleTabId: number;
  /** The demo article's id in the library. */
  articleId: string;
  /** A passage of the article that is not highlighted yet. */
  freePassage: string;
}

export interface OpenedSurface {
  page: Page;
  /** CSS selector of Liseuse's part of the page (open shadow roots included); the whole page if absent. */
  scope?: string;
  /** Whether the page is the surface's own (closed after the checks) or the shared article tab. */
  owned: boolean;
}

export interface Surface {
  name: string;
  open(ctx: SurfaceContext, theme: Theme): Promise<OpenedSurface>;
}

/** An extension page in a new tab, in `theme`, once `ready` is on screen. */
async function extensionPage(
  ctx: SurfaceContext,
  theme: Theme,
  path: string,
  ready: string,
): Promise<OpenedSurface> {
  const page = await ctx.env.browser.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`chrome-extension://${ctx.env.extensionId}/${path}`);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
  return { page, owned: true };
}

/** The demo article with the selection toolbar shown for a fresh selection. */
async function selectionToolbar(ctx: SurfaceContext, theme: Theme): Promise<OpenedSurface> {
  const { article } = ctx;
  await article.bringToFront();
  await article.emulateMedia({ colorScheme: theme });
  // Close what the last check left open; a drag over a selection would move it rather than select anew.
  await article.keyboard.press('Escape');
  await article.evaluate(() => getSelection()?.removeAllRanges());
  await selectWithMouse(article, ctx.freePassage);
  await expect.poll(() => shadowTestId(article, 'highlight-button').isVisible()).toBe(true);
  return { page: article, scope: 'liseuse-toolbar', owned: false };
}

export const SURFACES: Surface[] = [
  {
    name: 'popup',
    async open(ctx, theme) {
      const popup = await openPopupPage(ctx.env.browser.context, ctx.env.extensionId, ctx.articleTabId);
      await popup.emulateMedia({ colorScheme: theme });
      await popup.getByTestId('highlight-item').first().waitFor();
      return { page: popup, owned: true };
    },
  },
  {
    name: 'library',
    open: (ctx, theme) => extensionPage(ctx, theme, 'library.html', '[data-testid="library-item"]'),
  },
  {
    name: 'all highlights',
    open: (ctx, theme) =>
      extensionPage(ctx, theme, 'library.html?view=highlights', '[data-testid="highlight-group"]'),
  },
  {
    name: 'settings',
    open: (ctx, theme) =>
      extensionPage(ctx, theme, 'library.html?view=settings', '[data-testid="settings-page"]'),
  },
  {
    name: 'reader',
    open: (ctx, theme) =>
      extensionPage(
        ctx,
        theme,
        `library.html?article=${encodeURIComponent(ctx.articleId)}`,
        '[data-testid="reader-content"]',
      ),
  },
  {
    name: 'site-access',
    open: (ctx, theme) =>
      extensionPage(
        ctx,
        theme,
        `site-access.html?site=${encodeURIComponent('https://www.exemple-tech.fr/actu/1')}`,
        '[data-testid="site-access-allow"]',
      ),
  },
  { name: 'selection toolbar', open: selectionToolbar },
  {
    name: 'note editor',
    async open(ctx, theme) {
      const opened = await selectionToolbar(ctx, theme);
      await shadowTestId(ctx.article, 'note-button').click();
      await expect.poll(() => shadowTestId(ctx.article, 'note-input').isVisible()).toBe(true);
      return opened;
    },
  },
];
