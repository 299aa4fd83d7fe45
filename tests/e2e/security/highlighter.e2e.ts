/**
 * The page against the reader's notes, in Chromium with the e2e build (findings 1 to 4 of issue 14).
 * Each hostile page's script does what the security review did: read a private note and its tags, rewrite
 * it, forge a highlight with synthetic events, delete one, switch the highlighter off with WXT's event,
 * claim another github.io site's page as its canonical URL, and highlight on an insecure http:// site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId } from '@/utils/cli/popup-page';
import { shadowTestId } from '../support/closed-shadow';
import { noteAnnotation } from '../support/note-annotation';
import { selectWithMouse } from '../support/passage-points';
import { type AttackEnv, analysisFor, sendFrom, startAttackEnv } from './support';

const PASSAGE = 'la clé de signature volée';
const NOTE = 'Note privée : le lecteur soupçonne un employé.';
const TAGS = ['enquête-interne', 'confidentiel'];

let env: AttackEnv;
let library: Page;

interface Listed {
  id: string;
  body: { purpose: string; value: string }[];
}

const status = (p: Page) =>
  p.evaluate(() => ({
    anchored: document.documentElement.getAttribute('data-liseuse-anchored'),
    orphans: document.documentElement.getAttribute('data-liseuse-orphans'),
  }));

/** The annotations stored for `url`, as an extension page lists them. */
async function stored(url: string): Promise<Listed[]> {
  const reply = await sendFrom(library, 'annotations/list', { url });
  return (reply.value as { annotations: Listed[] }).annotations;
}

/** Stores the reader's note with tags on `url`, as the highlighter would have. */
async function seedNote(url: string, id: string) {
  const annotation = noteAnnotation(id, url, PASSAGE, NOTE, { color: 'pink', tags: TAGS });
  expect((await sendFrom(library, 'annotations/create', { annotation })).ok).toBe(true);
}

/** Opens the popup for the tab showing `url`. */
async function popupFor(url: string): Promise<Page> {
  const worker = env.browser.serviceWorker;
  if (!worker) throw new Error('no service worker');
  const popup = await env.browser.context.newPage();
  await popup.goto(`chrome-extension://${env.extensionId}/popup.html?tabId=${await findTabId(worker, url)}`);
  await popup.waitForSelector('main.popup:not([data-state="loading"])', { timeout: 20_000 });
  return popup;
}

beforeAll(async () => {
  env = await startAttackEnv({ uiLanguage: 'fr' });
  library = await env.extensionPage('library.html');
});

afterAll(async () => {
  await env?.close();
});

describe('a page script against the highlighter', () => {
  it('cannot read, rewrite, forge or delete the reader’s note', async () => {
    const url = env.local('snoop.html');
    await seedNote(url, 'urn:uuid:6f1c7a52-3f0e-4a55-9d0e-1b2c3d4e5f60');
    const page = await env.browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });

    // The reader opens the note (a real click): the editor now holds the note and its tags.
    const points = await page.evaluate((text) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(text));
      const node = p?.firstChild as Text;
      const at = node.data.indexOf(text);
      const r = document.createRange();
      r.setStart(node, at + 3);
      r.setEnd(node, at + 4);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, PASSAGE);
    await page.mouse.click(points.x, points.y);
    await expect.poll(() => shadowTestId(page, 'note-input').inputValue()).toBe(NOTE);

    const seen = await page.evaluate(() =>
      (window as unknown as { attack: { reachable(): string } }).attack.reachable(),
    );
    expect(seen).not.toContain(NOTE);
    for (const tag of TAGS) expect(seen).not.toContain(tag);

    await page.evaluate(async () => {
      const { attack } = window as unknown as {
        attack: {
          forgeEdit(): Promise<void>;
          forgeDelete(): Promise<void>;
          forgeHighlight(t: string): Promise<void>;
        };
      };
      await attack.forgeEdit();
      await attack.forgeDelete();
      await attack.forgeHighlight('Un second paragraphe que la page voudrait faire surligner');
    });
    const after = await stored(url);
    expect(after).toHaveLength(1);
    expect(after[0]?.body.map((b) => b.value)).toEqual([NOTE, ...TAGS]);
    expect(await status(page)).toEqual({ anchored: '1', orphans: '0' });
    await page.close();
  });

  it('cannot switch the highlighter off with WXT’s content-script-started event', async () => {
    const url = env.local('stopper.html');
    await seedNote(url, 'urn:uuid:0b9e4a7c-2d1f-4c3b-8a5e-6f7d8c9b0a1e');
    const page = await env.browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
    await page.evaluate(
      (id) => (window as unknown as { stopHighlighter(id: string): void }).stopHighlighter(id),
      env.extensionId,
    );
    await page.waitForTimeout(800);
    const painted = await page.evaluate(() => [...(CSS.highlights.get('liseuse-pink') ?? [])].length);
    expect(painted).toBe(1);
    expect(await status(page)).toEqual({ anchored: '1', orphans: '0' });
    await page.close();
  });
});

describe('a page on another host of a shared-hosting suffix', () => {
  it('neither gets the victim’s notes nor passes for the victim’s saved page', async () => {
    const victim = env.onGithubIo('victim', 'victim.html');
    const attacker = env.onGithubIo('attacker', 'attacker.html');
    await seedNote(victim, 'urn:uuid:9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d');
    const analysis = analysisFor(victim, {
      title: 'Les notes privées de la victime',
      html: '<p>Les enquêteurs ont établi que la clé de signature volée permettait de forger des jetons.</p>',
      text: 'Les enquêteurs ont établi que la clé de signature volée permettait de forger des jetons.',
    });
    expect((await sendFrom(library, 'article/save', { analysis })).ok).toBe(true);

    const page = await env.browser.context.newPage();
    await page.goto(attacker);
    const popup = await popupFor(attacker);
    // Not "✓ Saved" / "Update" for the victim's copy, and none of the victim's notes listed.
    await popup.getByTestId('save-button').waitFor();
    expect(await popup.getByTestId('saved-state').count()).toBe(0);
    expect(await popup.getByTestId('highlight-item').count()).toBe(0);
    // The highlighter, once started on the attacker's page, holds nothing of the victim's.
    await popup.getByTestId('highlight-start').click();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '0', orphans: '0' });
    // Saving the attacker's page stores a copy of its own: the victim's copy is untouched.
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor({ timeout: 15_000 });
    await library.reload();
    const titles = () => library.getByTestId('library-item').allTextContents();
    // Rows show "Loading…" until their summaries arrive: wait for the titles, not only for two rows.
    const both = [
      expect.stringContaining('Les notes privées de la victime'),
      expect.stringContaining('Page de l’attaquant'),
    ];
    await expect.poll(titles).toEqual(expect.arrayContaining(both));
    expect(await titles()).toHaveLength(2);
    expect(await stored(victim)).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});

describe('a plain http:// site (no crypto.randomUUID there)', () => {
  it('highlights like anywhere else', async () => {
    const url = env.onGithubIo('reader', 'plain-http.html');
    const page = await env.browser.context.newPage();
    await page.goto(url);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    const popup = await popupFor(url);
    await popup.getByTestId('highlight-start').click();
    await popup.close();
    await page.bringToFront();
    await expect.poll(() => status(page), { timeout: 10_000 }).toEqual({ anchored: '0', orphans: '0' });
    const passage = 'le lecteur surligne ce passage important';
    expect(await selectWithMouse(page, passage)).toBe(passage);
    await shadowTestId(page, 'highlight-button').click();
    await expect.poll(() => status(page)).toEqual({ anchored: '1', orphans: '0' });
    expect(await stored(url)).toHaveLength(1);
    await page.close();
  });
});
