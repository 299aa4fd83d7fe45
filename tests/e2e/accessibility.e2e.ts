/**
 * Accessibility of every UI surface (tests/e2e/support/ui-surfaces.ts) in real Chromium, in light and dark:
 * axe-core finds no serious or critical violation; every Tab stop shows its focus; with reduced motion
 * asked for, nothing moves. The setup saves the demo article and highlights a passage, so lists are full.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId, openPopupPage } from '@/utils/cli/popup-page';
import { HIGHLIGHT_COLORS } from '@/utils/highlights/model';
import { COLOR_LINES } from '@/utils/highlights/paint/styles';
import { BLOCKING_IMPACTS, runAxe } from './support/axe';
import { shadowTestId } from './support/closed-shadow';
import { evaluateInExtensionWorld, isExtensionUi } from './support/extension-world';
import { type E2eEnv, startE2eEnv } from './support/fixtures';
import { focusFirstIn, walkFocus } from './support/focus-walk';
import { selectWithMouse } from './support/passage-points';
import { SURFACES, type SurfaceContext, type Theme } from './support/ui-surfaces';

const HIGHLIGHTED = 'une attaque par pulvérisation de mots de passe';
const FREE = 'activer la MFA partout';

let env: E2eEnv;
let ctx: SurfaceContext;

beforeAll(async () => {
  env = await startE2eEnv({ uiLanguage: 'en' });
  const article = await env.browser.context.newPage();
  const url = env.pageUrl('fr-tech-article.html');
  await article.goto(url);
  const sw = env.browser.serviceWorker;
  if (!sw) throw new Error('no service worker');
  const articleTabId = await findTabId(sw, url);
  const popup = await openPopupPage(env.browser.context, env.extensionId, articleTabId);
  await popup.getByTestId('save-button').click();
  const link = await popup.getByTestId('saved-library-link').getAttribute('href');
  const articleId = new URL(link ?? '').searchParams.get('article') ?? '';
  await popup.getByTestId('highlight-start').click();
  await popup.close();
  await article.bringToFront();
  await article.waitForFunction(() => document.documentElement.hasAttribute('data-liseuse-anchored'));
  await selectWithMouse(article, HIGHLIGHTED);
  await shadowTestId(article, 'highlight-button').click();
  await article.waitForFunction(() => document.documentElement.getAttribute('data-liseuse-anchored') === '1');
  ctx = { env, article, articleTabId, articleId, freePassage: FREE };
});

afterAll(async () => {
  await env?.close();
});

async function withSurface<T>(
  index: number,
  theme: Theme,
  check: (page: Page, scope?: string) => Promise<T>,
) {
  const surface = SURFACES[index];
  if (!surface) throw new Error(`no surface ${index}`);
  const opened = await surface.open(ctx, theme);
  try {
    return await check(opened.page, opened.scope);
  } finally {
    if (opened.owned) await opened.page.close();
  }
}

const cases = SURFACES.map((s, i) => [s.name, i] as const);

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (theme) => {
  it.each(cases)('%s: no serious or critical violation', async (name, index) => {
    const findings = await withSurface(index, theme, async (page, scope) => {
      // The check is only worth something in the theme it claims.
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        theme === 'dark',
      );
      return runAxe(page, scope);
    });
    const others = findings.filter((f) => !BLOCKING_IMPACTS.includes(f.impact));
    if (others.length)
      console.info(
        `[liseuse] axe ${name} (${theme}): ${others.map((f) => `${f.id} (${f.impact})`).join(', ')}`,
      );
    expect(findings.filter((f) => BLOCKING_IMPACTS.includes(f.impact))).toEqual([]);
  });
});

describe('keyboard', () => {
  it.each(cases)('%s: every Tab stop shows where focus is', async (_name, index) => {
    const stops = await withSurface(index, 'light', async (page, scope) => {
      await page.bringToFront();
      if (scope) expect(await focusFirstIn(page, scope)).toBe(true);
      const first = scope ? await walkFocus(page, scope, 0) : [];
      return [...first, ...(await walkFocus(page, scope))];
    });
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
  });
});

/** The surface named `name`'s index in SURFACES. */
const indexOf = (name: string) => SURFACES.findIndex((s) => s.name === name);

describe('highlight colours without colour alone', () => {
  it('each toolbar swatch has its own name and line pattern; the chosen one is ringed and pressed', async () => {
    const swatches = await withSurface(indexOf('selection toolbar'), 'light', (page) =>
      evaluateInExtensionWorld(
        page,
        () =>
          [...(document.querySelector('liseuse-toolbar')?.shadowRoot?.querySelectorAll('.swatch') ?? [])].map(
            (el) => {
              const style = getComputedStyle(el);
              return {
                color: (el as HTMLElement).dataset.color ?? '',
                name: el.getAttribute('aria-label') ?? '',
                line: style.borderBottomStyle,
                pressed: el.getAttribute('aria-pressed') === 'true',
                ring: style.boxShadow !== 'none',
              };
            },
          ),
        null,
      ),
    );
    expect(swatches.map((s) => s.color)).toEqual([...HIGHLIGHT_COLORS]);
    expect(swatches.map((s) => s.line)).toEqual(HIGHLIGHT_COLORS.map((c) => COLOR_LINES[c]));
    expect(new Set(swatches.map((s) => s.name)).size).toBe(HIGHLIGHT_COLORS.length);
    expect(swatches.filter((s) => s.pressed).map((s) => [s.color, s.ring])).toEqual([['yellow', true]]);
    expect(swatches.filter((s) => !s.pressed && s.ring)).toEqual([]);
  });

  it('lists a highlight with the line pattern and the name of its colour', async () => {
    const item = await withSurface(indexOf('popup'), 'light', (page) =>
      page
        .getByTestId('highlight-item')
        .first()
        .locator('.hl-swatch')
        .evaluate((el) => ({
          line: getComputedStyle(el).borderLeftStyle,
          name: el.textContent,
        })),
    );
    expect(item).toEqual({ line: COLOR_LINES.yellow, name: 'Yellow' });
  });
});

describe('reduced motion', () => {
  it.each(cases)('%s: nothing animates when the system asks for reduced motion', async (_name, index) => {
    const moving = await withSurface(index, 'light', async (page, scope) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // The highlighter's closed shadow roots are walked from the extension's world.
      const evaluate = isExtensionUi(scope)
        ? (fn: () => string[]) => evaluateInExtensionWorld(page, fn, null)
        : (fn: () => string[]) => page.evaluate(fn);
      return evaluate(() => {
        const all: Element[] = [];
        const collect = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            all.push(el);
            if (el.shadowRoot) collect(el.shadowRoot);
          }
        };
        collect(document);
        const seconds = (v: string) =>
          Math.max(...v.split(',').map((d) => Number.parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
        return all
          .filter((el) => {
            const s = getComputedStyle(el);
            const animated = s.animationName !== 'none' && seconds(s.animationDuration) > 0.01;
            return animated || seconds(s.transitionDuration) > 0.01 || s.scrollBehavior === 'smooth';
          })
          .map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className)}` : ''));
      });
    });
    expect(moving).toEqual([]);
  });
});
