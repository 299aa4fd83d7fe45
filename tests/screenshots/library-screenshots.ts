/**
 * README screenshots of the library (light, dark, 700 px) and of the reader (light, sepia, dark), in
 * Chromium with the e2e build, over the screenshots' own articles. Writes assets/screenshot-*.png.
 *
 *   npx wxt build --mode e2e && npx tsx tests/screenshots/library-screenshots.ts
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer } from '@/utils/cli/demo-server';
import { launchChromium } from '@/utils/cli/launch-chromium';
import { libraryUrl, saveAll } from '../e2e/support/library';
import { selectWithMouse } from '../e2e/support/passage-points';
import { STORIES, storyAnalysis } from './articles';
import { png } from './png';

const ROOT = resolve(import.meta.dirname, '../..');
const ASSETS = join(ROOT, 'assets');
const mix = (a: number, b: number, t: number) => Math.round(a + (b - a) * t);

async function images(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'liseuse-shots-'));
  for (const s of STORIES) {
    if (!s.colours) continue;
    const [top, bottom] = s.colours;
    const image = png(320, 200, (x, y) => {
      const t = y / 199 + 0.15 * Math.sin(x / 30);
      return [0, 1, 2].map((i) =>
        mix(top[i] as number, bottom[i] as number, Math.min(1, Math.max(0, t))),
      ) as [number, number, number];
    });
    await writeFile(join(dir, `${s.path}.png`), image);
  }
  return dir;
}

async function open(page: Page, title: string) {
  await page.getByTestId('library-item').filter({ hasText: title }).click();
  await page.getByTestId('reader-content').waitFor();
}

async function prepare(page: Page) {
  await open(page, 'stolen signing key');
  await page.getByTestId('reader-favorite').click();
  await page.keyboard.press('u');
  await open(page, 'nuage souverain');
  const passage = 'les offres de cloud « de confiance »';
  if ((await selectWithMouse(page, passage)) !== passage) throw new Error('could not select the passage');
  await page.keyboard.press('h');
  await page.waitForTimeout(500);
  // The new highlight's toolbar has the focus: Escape closes it.
  await page.keyboard.press('Escape');
  await page.locator('.reader').evaluate((el) => {
    el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.4;
  });
  await page.waitForTimeout(1200);
  await page.keyboard.press('u');
  await page.locator('.library-row').filter({ hasText: 'batteries' }).getByTestId('row-select').check();
  await page.locator('.library-row').filter({ hasText: 'open-source' }).getByTestId('row-select').check();
  await page.getByTestId('bulk-tag-input').fill('à lire');
  await page.getByTestId('bulk-tag').click();
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(ASSETS, `screenshot-${name}.png`), animations: 'disabled' });
  console.log(`assets/screenshot-${name}.png`);
}

const server = await startDemoServer(await images());
const browser = await launchChromium({
  extensionDir: join(ROOT, '.output/chrome-mv3-e2e'),
  viewport: { width: 1100, height: 720 },
  locale: 'en-US',
  uiLanguage: 'en-US',
});
try {
  const page = await browser.context.newPage();
  const url = libraryUrl(browser.extensionId ?? '');
  await page.goto(url);
  await saveAll(
    page,
    STORIES.map((s) => storyAnalysis(s, server.url)),
  );
  await page.reload();
  await page.getByTestId('library-item').first().waitFor();
  await prepare(page);
  await page.goto(url);
  await page.locator('[data-testid="row-thumbnail"]').first().waitFor();
  await shoot(page, 'library-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'library-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 700, height: 900 });
  await shoot(page, 'library-700');
  await page.setViewportSize({ width: 1100, height: 720 });
  await open(page, 'nuage souverain');
  await page.locator('.reader').evaluate((el) => {
    el.scrollTop = 0;
  });
  for (const theme of ['light', 'sepia', 'dark']) {
    await page.getByTestId('reader-theme').selectOption(theme);
    await shoot(page, `reader-${theme}`);
  }
} finally {
  await browser.close();
  await server.close();
}
