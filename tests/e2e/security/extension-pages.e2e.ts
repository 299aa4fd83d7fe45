/**
 * Extension pages state their own Content-Security-Policy (finding 6 of issue 14): the library, the
 * reader and the popup make no request at all, whatever slips past the sanitiser, while the background
 * still downloads an article's own images when the reader saves it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttackEnv, analysisFor, sendFrom, startAttackEnv } from './support';

const PAGE_CSP =
  "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'";

let env: AttackEnv;

beforeAll(async () => {
  env = await startAttackEnv();
});

afterAll(async () => {
  await env?.close();
});

/** What the page's own script manages to send out (a fetch, an image, a form, a base), and the violations. */
function tryToLeak(page: Page, target: string) {
  return page.evaluate(async (url) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const fetched = await fetch(`${url}?leak=fetch`).then(
      () => 'sent',
      () => 'blocked',
    );
    const img = await new Promise<string>((done) => {
      const i = new Image();
      i.onload = () => done('loaded');
      i.onerror = () => done('blocked');
      i.src = `${url}?leak=img`;
    });
    const form = document.createElement('form');
    form.action = `${url}?leak=form`;
    const base = document.createElement('base');
    base.href = url;
    document.head.append(base);
    await new Promise((done) => setTimeout(done, 200));
    return {
      fetched,
      img,
      violations: [...new Set(violations)].sort(),
      baseUsed: document.baseURI.startsWith(url),
    };
  }, target);
}

describe('extension pages', () => {
  it.each(['library.html', 'popup.html', 'site-access.html'])('%s states its own policy', async (path) => {
    const page = await env.extensionPage(path);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(PAGE_CSP);
    await page.close();
  });

  it('lets no request leave the library page, even one its own script would make', async () => {
    const page = await env.extensionPage('library.html');
    const outcome = await tryToLeak(page, env.local('figure.png'));
    expect(outcome).toMatchObject({ fetched: 'blocked', img: 'blocked', baseUsed: false });
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src', 'base-uri']));
    await page.close();
  });

  it('still downloads the article’s own images in the background when the reader saves it', async () => {
    const page = await env.extensionPage('library.html');
    const image = env.local('figure.png');
    const analysis = analysisFor(env.local('victim.html'), {
      title: 'Une page avec une figure',
      html: `<p>Une figure.</p><img src="${image}" alt="La figure">`,
      images: [image],
    });
    const reply = await sendFrom(page, 'article/save', { analysis });
    expect(reply.ok).toBe(true);
    const id = (reply.value as { id: string }).id;
    await page.goto(`chrome-extension://${env.extensionId}/library.html?article=${encodeURIComponent(id)}`);
    const img = page.locator('[data-testid="reader-content"] img');
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^blob:chrome-extension:/);
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.close();
  });
});
