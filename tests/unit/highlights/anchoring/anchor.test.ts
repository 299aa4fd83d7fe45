import { expect, it, describe as suite } from 'vitest';
import { anchorNow, buildTextIndex, describe } from '@/utils/highlights/anchoring';
import type { Selector } from '@/utils/shared/selectors';
import { pageRoot, rangeOf, rangeText } from './dom';

const ARTICLE = `
<article>
  <h1>Storm over the cloud</h1>
  <p>The group known as <b>Storm-0558</b> forged authentication tokens to read the mail of many agencies.</p>
  <p>Investigators said the key had been stolen from a crash dump that should never have contained it.</p>
  <script>var secret = "forged authentication tokens";</script>
  <p>Microsoft later revoked the key and changed how signing keys are stored in its cloud.</p>
</article>`;

function reanchor(html: string, selectors: Selector[]) {
  const root = pageRoot(html);
  const result = anchorNow(buildTextIndex(root), selectors);
  return { root, result, text: result.status === 'anchored' ? rangeText(root, result.range) : null };
}

function quoteOf(selectors: Selector[]) {
  return selectors.find((s) => s.type === 'TextQuoteSelector');
}

suite('describe', () => {
  it('produces quote (32-char context), position and XPath range selectors', () => {
    const root = pageRoot(ARTICLE);
    const selectors = describe(root, rangeOf(root, 'forged authentication tokens'));
    expect(quoteOf(selectors)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'forged authentication tokens',
      prefix: 'ud The group known as Storm-0558',
      suffix: 'to read the mail of many agencies.'.slice(0, 32),
      'liseuse:fingerprint': {
        block: expect.stringMatching(/^[0-9a-f]{8}$/),
        element: expect.stringMatching(/^[0-9a-f]{8}$/),
        twins: 1,
        ordinal: 0,
        alike: 1,
        alikeOrdinal: 0,
        near: 0,
      },
    });
    const range = selectors.find((s) => s.type === 'RangeSelector');
    expect(range).toMatchObject({
      startSelector: { type: 'XPathSelector', value: '/article[1]/p[1]', refinedBy: { start: 30, end: 30 } },
    });
    expect(JSON.parse(JSON.stringify(selectors))).toEqual(selectors);
  });

  it('describes a selection across elements with a block break as a space', () => {
    const root = pageRoot(ARTICLE);
    const a = rangeOf(root, 'many agencies.');
    const b = rangeOf(root, 'Investigators said');
    const selectors = describe(root, { ...a, endContainer: b.endContainer, endOffset: b.endOffset });
    expect(quoteOf(selectors)?.exact).toBe('many agencies. Investigators said');
  });

  it('returns nothing for an empty or whitespace-only selection', () => {
    const root = pageRoot('<p>one</p>\n  <p>two</p>');
    const p = root.querySelector('p') as Element;
    const ws = p.nextSibling as Node;
    expect(
      describe(root, { startContainer: ws, startOffset: 0, endContainer: ws, endOffset: 3 } as never),
    ).toEqual([]);
  });
});

suite('anchor', () => {
  const root0 = pageRoot(ARTICLE);
  const selectors = describe(root0, rangeOf(root0, 'forged authentication tokens'));

  it('anchors the unchanged page by range, to the same text', () => {
    const { result, text } = reanchor(ARTICLE, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'range', score: 1 });
    expect(text).toBe('forged authentication tokens');
  });

  it('ignores script text when matching', () => {
    const quoteOnly = [quoteOf(selectors) as Selector];
    const { result, text } = reanchor(ARTICLE, quoteOnly);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote-exact' });
    expect(text).toBe('forged authentication tokens');
  });

  it('falls back to position when the structure changed but offsets did not', () => {
    const edited = ARTICLE.replace('<b>Storm-0558</b>', '<i><span>Storm-0558</span></i>').replace(
      '<article>',
      '<main><article>',
    );
    const { result } = reanchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('finds a moved passage by its quote', () => {
    const moved = ARTICLE.replace('<h1>', '<p>A new first paragraph pushes everything down.</p><h1>');
    const { result, text } = reanchor(moved, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote-exact' });
    expect(text).toBe('forged authentication tokens');
  });

  it('survives typography and whitespace changes', () => {
    const typo = ARTICLE.replace(
      'forged authentication tokens',
      'forged\n   authentication\u00a0tok\u00adens',
    );
    const { result, text } = reanchor(typo, selectors);
    expect(result.status).toBe('anchored');
    expect(text).toBe('forged\n   authentication\u00a0tok\u00adens');
  });

  it('finds a slightly reworded passage approximately', () => {
    const edited = ARTICLE.replace('forged authentication tokens', 'forged authentification tokens');
    const { result, text } = reanchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote-fuzzy' });
    expect(text).toBe('forged authentification tokens');
    expect(result.status === 'anchored' && result.score).toBeLessThan(1);
  });

  it('orphans a passage changed beyond recognition', () => {
    const gone = ARTICLE.replace('forged authentication tokens', 'obtained a signing key');
    const { result } = reanchor(gone, selectors);
    expect(result.status).toBe('orphan');
  });

  it('orphans a quote without selectors to check it against', () => {
    expect(reanchor(ARTICLE, []).result).toEqual({ status: 'orphan', reason: 'no-quote' });
  });

  it('prefers the original over a lookalike copy inserted before it when the copy differs', () => {
    const root = pageRoot(ARTICLE);
    const sel = describe(root, rangeOf(root, 'the key had been stolen from a crash dump'));
    const copy =
      '<p>Investigators said the key had been stolen from a crash dump that should never have included it.</p>';
    const edited = ARTICLE.replace('<p>Investigators', `${copy}<p>Investigators`);
    const { result, root: r2 } = reanchor(
      edited,
      sel.filter((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector'),
    );
    expect(result.status).toBe('anchored');
    const paragraphs = r2.querySelectorAll('p');
    expect(result.status === 'anchored' && result.range.startContainer.parentNode).toBe(paragraphs[2]);
  });

  it('orphans rather than guesses when two identical passages have identical context', () => {
    const para =
      '<p>Investigators said the key had been stolen from a crash dump that should never have contained it.</p>';
    const root = pageRoot(`<div>${para}</div>`);
    const sel = describe(root, rangeOf(root, 'had been stolen'));
    const { result } = reanchor(`<div><p>Intro.</p>${para}<p>Middle.</p>${para}</div>`, [
      quoteOf(sel) as Selector,
    ]);
    expect(result).toMatchObject({ status: 'orphan', reason: 'ambiguous' });
  });

  it('uses context to pick among several exact matches', () => {
    const html =
      '<p>Alpha says the key was stolen. Beta says the key was stolen. Gamma says the key was stolen.</p>';
    const root = pageRoot(html);
    const sel = describe(root, rangeOf(root, 'the key was stolen', 1));
    const { result } = reanchor(`<p>New intro. ${html.slice(3)}`, [quoteOf(sel) as Selector]);
    expect(result.status === 'anchored' && result.start).toBe(
      'New intro. Alpha says the key was stolen. Beta says '.length,
    );
  });
});
