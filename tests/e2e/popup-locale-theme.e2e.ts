/** The popup follows the browser: French UI when the browser's language is French, dark colours in dark mode. */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArticleWithPopup } from '@/utils/cli/popup-page';
import { type E2eEnv, startE2eEnv } from './support/fixtures';

let env: E2eEnv | null = null;

afterEach(async () => {
  await env?.close();
  env = null;
});

async function popupFor(options: Parameters<typeof startE2eEnv>[0], page: string) {
  env = await startE2eEnv(options);
  const sw = env.browser.serviceWorker;
  if (!sw) throw new Error('no service worker');
  return (await openArticleWithPopup(env.browser.context, sw, env.extensionId, env.pageUrl(page))).popup;
}

describe('popup language and theme', () => {
  it('speaks French when the browser UI is French', async () => {
    const popup = await popupFor({ uiLanguage: 'fr', locale: 'fr-FR' }, 'fr-tech-article.html');
    expect(await popup.locator('html').getAttribute('lang')).toMatch(/^fr/);
    expect(await popup.getByTestId('reading-time').textContent()).toMatch(/^[1-9]\d* min de lecture$/);
    expect(await popup.locator('#entities-heading').textContent()).toMatch(/entités clés/i);
    expect(await popup.locator('#related-heading').textContent()).toMatch(/articles liés/i);
  });

  it('says in French that a German page gets names only', async () => {
    const popup = await popupFor({ uiLanguage: 'fr', locale: 'fr-FR' }, 'de-news-article.html');
    expect(await popup.getByTestId('entities-names-only').textContent()).toContain(
      'Cette page est en allemand : Liseuse ne liste que les noms',
    );
  });

  it('says in French that names cannot be found in an Arabic page yet', async () => {
    const popup = await popupFor({ uiLanguage: 'fr', locale: 'fr-FR' }, 'ar-news-article.html');
    expect(await popup.getByTestId('entities-unsupported-script').textContent()).toContain(
      'Liseuse ne sait pas encore trouver les noms dans un texte en arabe',
    );
  });

  it('says "not an article" in French too', async () => {
    const popup = await popupFor({ uiLanguage: 'fr', locale: 'fr-FR' }, 'not-article.html');
    expect(await popup.getByTestId('popup-error').first().textContent()).toContain(
      'ne ressemble pas à un article',
    );
  });

  it('uses dark colours in dark mode (screenshot kept for a look)', async () => {
    const popup = await popupFor({ colorScheme: 'dark', uiLanguage: 'en' }, 'fr-tech-article.html');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeLessThan(64);
    // Every link, the highlights section's included, has the theme's link colour, not the browser's blue.
    const linkColours = await popup
      .locator('main.popup a')
      .evaluateAll((as) => as.map((a) => getComputedStyle(a).color));
    expect(linkColours.length).toBeGreaterThanOrEqual(4);
    const linkColour = await popup.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--link)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect(new Set(linkColours)).toEqual(new Set([linkColour]));
    const dir = resolve(import.meta.dirname, '../../.output/e2e');
    await mkdir(dir, { recursive: true });
    const file = resolve(dir, 'popup-dark.png');
    await popup.locator('main.popup').screenshot({ path: file, animations: 'disabled' });
    console.info(`[liseuse] dark-mode popup screenshot: ${file}`);
  });
});
