/**
 * Anchoring in real Chromium (real Range objects): describe a selection on the fixture page,
 * edit the page, re-anchor. No extension needed: the module is bundled and injected.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import type * as Anchoring from '@/utils/highlights/anchoring';
import type { Selector } from '@/utils/shared/selectors';
import { anchoringBundle } from './support/anchoring-bundle';

declare global {
  interface Window {
    __anchoring: typeof Anchoring;
  }
}

interface Outcome {
  status: string;
  method?: string;
  reason?: string;
  text?: string;
  inside?: string | null;
  score?: number;
}

let browser: LaunchedBrowser;
let page: Page;
let html: string;
let code: string;

beforeAll(async () => {
  html = await readFile(resolve(import.meta.dirname, '../fixtures/anchoring/article.html'), 'utf8');
  code = await anchoringBundle();
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await page.setContent(html);
  await page.addScriptTag({ content: code });
});

/** Selects `needle` (inside element `#id`) with a real Range and describes it. */
function describeText(id: string, needle: string): Promise<Selector[]> {
  return page.evaluate(
    ([id, needle]) => {
      const el = document.getElementById(id) as HTMLElement;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = whole.indexOf(needle);
      const point = (offset: number): [Text, number] => {
        let o = offset;
        for (const n of nodes) {
          if (o <= n.data.length) return [n, o];
          o -= n.data.length;
        }
        throw new Error('offset out of range');
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + needle.length));
      return window.__anchoring.describe(document.body, range);
    },
    [id, needle] as const,
  );
}

/** Runs `edit` in the page, then anchors `selectors`; reports the range text and its paragraph. */
function reanchor(selectors: Selector[], edit = ''): Promise<Outcome> {
  return page.evaluate(
    async ([selectors, edit]) => {
      new Function(edit)();
      const r = await window.__anchoring.anchor(document.body, selectors);
      if (r.status !== 'anchored') return { status: r.status, reason: r.reason };
      const container = r.range.startContainer.parentElement?.closest('p, h1');
      return {
        status: r.status,
        method: r.method,
        score: r.score,
        text: r.range.toString(),
        inside: container?.id ?? null,
      };
    },
    [selectors, edit] as const,
  );
}

describe('anchoring in Chromium', () => {
  it('describes a real selection across elements and re-anchors it by range', async () => {
    const sel = await describeText('p1', 'appellent Storm-0558 a forgé');
    expect(sel.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({
      exact: 'appellent Storm-0558 a forgé',
    });
    expect(await reanchor(sel)).toMatchObject({
      status: 'anchored',
      method: 'range',
      text: 'appellent Storm-0558 a forgé',
    });
  });

  it('finds the passage after paragraphs are inserted and reordered', async () => {
    const sel = await describeText('p2', 'la clé avait été dérobée dans un vidage mémoire');
    const edit = `
      const story = document.getElementById('story');
      const extra = document.createElement('p'); extra.textContent = 'Un nouveau paragraphe en tête.';
      story.querySelector('h1').after(extra);
      story.append(document.getElementById('p2'));
      document.getElementById('p1').remove();`;
    expect(await reanchor(sel, edit)).toMatchObject({
      status: 'anchored',
      inside: 'p2',
      text: 'la clé avait été dérobée dans un vidage mémoire',
    });
  });

  it('ignores typography changes (apostrophes, no-break spaces, line breaks)', async () => {
    const sel = await describeText('p2', 'n’aurait jamais dû la contenir\u00a0; l’éditeur');
    const edit = `
      const p = document.getElementById('p2');
      p.innerHTML = p.innerHTML.replaceAll('’', "'").replaceAll('\\u00a0;', ' ;').replaceAll(' jamais ', '\\n   jamais ');`;
    const out = await reanchor(sel, edit);
    expect(out).toMatchObject({ status: 'anchored', inside: 'p2' });
    expect(out.text?.replace(/\s+/g, ' ')).toBe("n'aurait jamais dû la contenir ; l'éditeur");
  });

  it('finds a passage whose words were changed, with a lower score', async () => {
    const sel = await describeText(
      'p4',
      'the stolen key should never have been in a crash dump in the first place',
    );
    const edit = `
      const p = document.getElementById('p4');
      p.firstChild.data = p.firstChild.data.replace('stolen key', 'stolen signing key').replace('never', 'not');`;
    const out = await reanchor(sel, edit);
    expect(out).toMatchObject({ status: 'anchored', method: 'quote-fuzzy', inside: 'p4' });
    expect(out.text).toBe('the stolen signing key should not have been in a crash dump in the first place');
    expect(out.score).toBeLessThan(1);
  });

  it('orphans a passage changed beyond recognition', async () => {
    const sel = await describeText('p5', 'longtemps réservés aux offres premium');
    const edit = `document.getElementById('p5').textContent = 'Les journaux sont désormais gratuits pour tout le monde.';`;
    expect(await reanchor(sel, edit)).toMatchObject({ status: 'orphan' });
  });

  it('resolves a lookalike paragraph inserted before the original by context', async () => {
    const sel = await describeText('p3', 'a déclaré un porte-parole');
    const edit = `
      const p = document.getElementById('p3');
      const copy = p.cloneNode(true); copy.id = 'copy';
      copy.textContent = copy.textContent.replace('changé', 'modifié').replace('un porte-parole', 'une porte-parole');
      p.before(copy);`;
    expect(await reanchor(sel, edit)).toMatchObject({ status: 'anchored', inside: 'p3' });
  });

  it('orphans rather than guesses between two indistinguishable copies', async () => {
    const sel = await describeText('p3', 'a déclaré un porte-parole');
    const edit = `
      const p = document.getElementById('p3');
      const copy = p.cloneNode(true); copy.id = 'copy';
      p.before(copy);`;
    expect(await reanchor(sel, edit)).toMatchObject({ status: 'orphan', reason: 'ambiguous' });
  });

  /** p3 repeated word for word after p4 (as on pages that repeat a notice), with id p3-again. */
  const repeatP3 = () =>
    page.evaluate(() => {
      const p = document.getElementById('p3') as HTMLElement;
      const copy = p.cloneNode(true) as HTMLElement;
      copy.id = 'p3-again';
      document.getElementById('p4')?.after(copy);
    });

  it('tells repeated paragraphs apart by the fingerprint, and orphans when a copy goes', async () => {
    await repeatP3();
    const sel = await describeText('p3-again', 'a déclaré un porte-parole');
    const quote = sel.find((s) => s.type === 'TextQuoteSelector');
    expect(quote?.['liseuse:fingerprint']).toMatchObject({ twins: 2, ordinal: 1 });
    expect(await reanchor(sel)).toMatchObject({ status: 'anchored', inside: 'p3-again' });
    const inserted = `document.getElementById('p1').before(Object.assign(document.createElement('p'), { textContent: 'Mis à jour.' }));`;
    expect(await reanchor(sel, inserted)).toMatchObject({ status: 'anchored', inside: 'p3-again' });
    // One copy deleted: which one survived cannot be told, so no guess.
    const deleted = `document.getElementById('p3-again').textContent = '';`;
    expect(await reanchor(sel, deleted)).toMatchObject({ status: 'orphan', reason: 'ambiguous' });
  });

  it('finds a repeated paragraph pushed nearer its twin, by the paragraphs around it', async () => {
    await repeatP3();
    const sel = await describeText('p3-again', 'a déclaré un porte-parole');
    // A long paragraph and a lookalike of the copy (first word changed) inserted before it: its
    // old position now lies nearer p3, but p3-again still has its neighbours (p4 before, p5 after).
    const pushed = `
      const again = document.getElementById('p3-again');
      const long = Object.assign(document.createElement('p'), { textContent: 'Mise à jour. '.repeat(40) });
      const lookalike = again.cloneNode(true); lookalike.id = 'lookalike';
      lookalike.firstChild.textContent = lookalike.firstChild.textContent.replace('Nous', 'Vous');
      again.before(long, lookalike);`;
    expect(await reanchor(sel, pushed)).toMatchObject({ status: 'anchored', inside: 'p3-again' });
  });

  it('skips script text and the extension UI', async () => {
    const sel = await describeText('p1', 'forgé des jetons');
    const quote = sel.filter((s) => s.type === 'TextQuoteSelector');
    const edit = `document.querySelector('[data-liseuse-ui]').textContent = 'forgé des jetons';`;
    expect(await reanchor(quote, edit)).toMatchObject({
      status: 'anchored',
      inside: 'p1',
      method: 'quote-exact',
    });
  });

  it('anchors many annotations with anchorAll, reporting each as it settles', async () => {
    const sel = await describeText('p4', 'validation');
    const result = await page.evaluate(async (sel) => {
      const seen: number[] = [];
      const list = Array.from({ length: 300 }, () => sel);
      const results = await window.__anchoring.anchorAll(document.body, list, {
        onResult: (i) => seen.push(i),
      });
      return { anchored: results.filter((r) => r.status === 'anchored').length, seen: seen.length };
    }, sel);
    expect(result).toEqual({ anchored: 300, seen: 300 });
  });

  it('turns pending work into aborted orphans when the signal fires', async () => {
    const sel = await describeText('p4', 'validation');
    const reasons = await page.evaluate(async (sel) => {
      const controller = new AbortController();
      controller.abort();
      const results = await window.__anchoring.anchorAll(document.body, [sel], { signal: controller.signal });
      return results.map((r) => (r.status === 'orphan' ? r.reason : r.status));
    }, sel);
    expect(reasons).toEqual(['aborted']);
  });
});
