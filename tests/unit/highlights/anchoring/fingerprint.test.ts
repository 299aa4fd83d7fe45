import { expect, it, describe as suite } from 'vitest';
import { anchorNow, buildTextIndex, describe } from '@/utils/highlights/anchoring';
import type { Selector, TextQuoteSelector } from '@/utils/shared/selectors';
import { pageRoot, rangeOf } from './dom';

const PARA = 'Le chiffre d’affaires du trimestre a progressé de 12 % grâce aux services en ligne.';
const OTHER = 'Les analystes attendaient pourtant un recul, après deux années de forte croissance.';
const FILLER = 'Une autre section parle de tout autre chose, sans rapport avec le reste.';
const QUOTE = 'progressé de 12 % grâce aux services';

/** A page whose paragraph PARA appears twice, word for word, around the same neighbours. */
const twinsPage = (extra = '') =>
  `<article><p id="p1">${PARA}</p><p>${OTHER}</p>${extra}<p id="p2">${PARA}</p><p>${OTHER}</p><p>${FILLER}</p></article>`;

function placeOf(html: string, selectors: Selector[]) {
  const root = pageRoot(html);
  const result = anchorNow(buildTextIndex(root), selectors);
  if (result.status !== 'anchored') return result.reason;
  return (result.range.startContainer.parentElement as Element).id || 'unnamed';
}

function describeIn(html: string, needle: string, occurrence: number): Selector[] {
  const root = pageRoot(html);
  return describe(root, rangeOf(root, needle, occurrence));
}

const fingerprint = (selectors: Selector[]) =>
  (selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector)['liseuse:fingerprint'];

suite('quote fingerprint', () => {
  it('counts the places a quote, its context and its block cannot tell apart', () => {
    expect(fingerprint(describeIn(twinsPage(), QUOTE, 1))).toMatchObject({ twins: 2, ordinal: 1 });
    expect(fingerprint(describeIn(twinsPage(), FILLER.slice(0, 30), 0))).toMatchObject({
      twins: 1,
      ordinal: 0,
    });
  });

  it('places the second of two identical paragraphs on the unchanged page', () => {
    expect(placeOf(twinsPage(), describeIn(twinsPage(), QUOTE, 1))).toBe('p2');
    expect(placeOf(twinsPage(), describeIn(twinsPage(), QUOTE, 0))).toBe('p1');
  });

  it('keeps the twin order when a paragraph is inserted before them', () => {
    const selectors = describeIn(twinsPage(), QUOTE, 1);
    expect(placeOf(twinsPage().replace('<article>', '<article><p>Mis à jour.</p>'), selectors)).toBe('p2');
    // Shifted further than half the distance between the twins, the old position points at the
    // other one; the paragraphs around p2 (p1 and OTHER before it, OTHER and FILLER after) do not.
    const far = twinsPage().replace('<article>', `<article><p>${FILLER} ${FILLER}</p>`);
    expect(placeOf(far, selectors)).toBe('p2');
  });

  it('orphans rather than guesses when one of the twins was deleted', () => {
    const selectors = describeIn(twinsPage(), QUOTE, 1);
    const withoutP2 = twinsPage().replace(`<p id="p2">${PARA}</p>`, '<p id="p2"></p>');
    expect(placeOf(withoutP2, selectors)).toBe('ambiguous');
  });

  it('orphans a passage whose paragraph was removed, though its XPath now finds the other twin', () => {
    const page = `<article><p id="p1">${PARA}</p><p id="p2">${PARA}</p><p>${FILLER}</p></article>`;
    const selectors = describeIn(page, QUOTE, 0);
    // p1 gone: its XPath (the first <p>), its offsets and the now unique quote all lead to p2.
    expect(placeOf(page.replace(`<p id="p1">${PARA}</p>`, ''), selectors)).toBe('ambiguous');
  });

  it('places a twin pushed away from its old place by the paragraphs around it', () => {
    const page = `<article><p>${FILLER}</p><p id="p1">${PARA}</p><p>${OTHER}</p><h2>Suite</h2><p>Autre chose.</p><p id="p2">${PARA}</p><p>Encore autre chose.</p><p>Fin.</p></article>`;
    const selectors = describeIn(page, QUOTE, 1);
    expect(fingerprint(selectors)?.neighbours?.before).toHaveLength(4);
    // A long paragraph and a lookalike of p2 inserted before it: the old position now lies
    // nearer p1, but p2 still has its neighbours.
    const copy = `<p>${PARA.replace('chiffre', 'montant')}</p>`;
    const pushed = page.replace('<p id="p2">', `<p>${FILLER} ${FILLER} ${FILLER}</p>${copy}<p id="p2">`);
    expect(placeOf(pushed, selectors)).toBe('p2');
    // The other copy removed: whether the passage was that one cannot be ruled out, so no guess.
    expect(placeOf(page.replace(`<p id="p1">${PARA}</p>`, ''), selectors)).toBe('ambiguous');
  });

  it('keeps the passage rank inside its block when something inserted before it shifts every copy', () => {
    // A sentence said three times in a paragraph that is itself repeated: the quote (with its
    // context) occurs three times per paragraph, so neighbours single out the paragraph, not the copy.
    const sentence = 'Le correctif arrive demain pour tous les abonnés, sans frais supplémentaires.';
    const block = `<p>${sentence} ${sentence} ${sentence}</p>`;
    const page = `<article><p>${OTHER}</p>${block}<h2>Suite</h2><p>${FILLER}</p>${block.replace('<p>', '<p id="t">')}<p>Fin.</p></article>`;
    const quote = 'Le correctif arrive demain';
    const selectors = describeIn(page, quote, 5);
    expect(fingerprint(selectors)).toMatchObject({ twins: 6, ordinal: 5 });
    // A long paragraph before it: the passage's sibling in the same block now sits nearer its old place.
    const pushed = page.replace('<p id="t">', `<p>${FILLER} ${FILLER} ${FILLER}</p><p id="t">`);
    const root = pageRoot(pushed);
    const index = buildTextIndex(root);
    const result = anchorNow(index, selectors);
    const expected = rangeOf(root, quote, 5);
    const got = result.status === 'anchored' ? result.range : null;
    expect([got?.startContainer, got?.startOffset]).toEqual([expected.startContainer, expected.startOffset]);
  });

  it('orphans a deleted paragraph rather than take the copy whose surroundings repeat too', () => {
    const unit = `<p>${FILLER}</p><p>${PARA}</p><p>${OTHER}</p>`;
    const page = `<article>${unit}${unit.replace('<p>', '<p id="again">')}</article>`;
    const selectors = describeIn(page, QUOTE, 1);
    const [, tail] = page.split('id="again"');
    const withoutSecond = page.replace(`${tail}`, `${tail?.replace(`<p>${PARA}</p>`, '')}`);
    expect(placeOf(withoutSecond, selectors)).toBe('ambiguous');
  });

  it('orphans rather than guesses on a page of identical paragraphs when one goes', () => {
    const page = `<article>${`<p>${PARA}</p>`.repeat(4)}</article>`;
    const selectors = describeIn(page, QUOTE, 2);
    expect(placeOf(page.replace(`<p>${PARA}</p>`, ''), selectors)).toBe('ambiguous');
  });

  it('finds the edited twin instead of the intact copy that was never highlighted', () => {
    const selectors = describeIn(twinsPage(), QUOTE, 1);
    const edited = twinsPage().replace(
      `<p id="p2">${PARA}</p>`,
      `<p id="p2">${PARA.replace('services en ligne', 'services in ligne')}</p>`,
    );
    expect(placeOf(edited.replace('de 12 %', 'de 12 %'), selectors)).toBe('p2');
  });

  it('tells a passage from a lookalike copy whose change is outside the 32-character context', () => {
    const page = `<article><p>${FILLER}</p><p id="orig">${OTHER} ${PARA}</p><p>${FILLER}</p></article>`;
    const selectors = describeIn(page, QUOTE, 0);
    // The copy differs only in its first word, far from the quote; inserted before the original,
    // it takes the original's XPath and offsets.
    const copy = `<p id="copy">${OTHER.replace('analystes', 'experts')} ${PARA}</p>`;
    const edited = page.replace('<p id="orig">', `${copy}<p id="orig">`);
    expect(placeOf(edited, selectors)).toBe('orig');
    // Without the fingerprint (e.g. imported from Hypothesis), the tie is reported, not guessed.
    const plain = selectors.map((s) =>
      s.type === 'TextQuoteSelector'
        ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
        : s,
    );
    expect(placeOf(edited, plain as Selector[])).toBe('ambiguous');
  });
});

suite('context lost around an intact paragraph', () => {
  it('keeps the paragraph whose every letter is unchanged, not the copy that now has its context', () => {
    const page = `<article><p>${OTHER}</p><p id="orig">${PARA}</p><p>${FILLER}</p></article>`;
    const selectors = describeIn(page, PARA, 0);
    // A copy with one word changed, inserted before the original, ends with the original's prefix.
    const copy = `<p id="copy">${PARA.replace('trimestre', 'semestre')}</p>`;
    expect(placeOf(page.replace('<p id="orig">', `${copy}<p id="orig">`), selectors)).toBe('orig');
  });
});

suite('lookalike of a multi-line element', () => {
  it('picks the element whose other lines are intact when its copy differs only on another line', () => {
    const page = `<article><p>${FILLER}</p><div id="orig">${OTHER}<br>${PARA}</div><p>${FILLER}</p></article>`;
    const selectors = describeIn(page, QUOTE, 0);
    const copy = `<div id="copy">${OTHER.replace('analystes', 'experts')}<br>${PARA}</div>`;
    expect(placeOf(page.replace('<div id="orig">', `${copy}<div id="orig">`), selectors)).toBe('orig');
  });
});

suite('near-copies on record', () => {
  const LINE = 'Tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam.';
  const page = `<article><p id="a">${LINE.toLowerCase()} Foo bar.</p><p>${OTHER}</p><p id="b">Baz. ${LINE} Qux.</p><p>${FILLER}</p></article>`;

  it('are counted when the passage is described', () => {
    expect(fingerprint(describeIn(page, LINE, 0))).toMatchObject({ near: 1 });
    expect(fingerprint(describeIn(page, FILLER.slice(0, 40), 0))).toMatchObject({ near: 0 });
  });

  it('make a deleted passage an orphan instead of its one-letter-apart sibling', () => {
    const selectors = describeIn(page, LINE, 0);
    expect(placeOf(page.replace(`Baz. ${LINE} Qux.`, 'Baz. Qux.'), selectors)).toBe('ambiguous');
  });

  it('still let an edited passage be found where it was', () => {
    const selectors = describeIn(page, LINE, 0);
    expect(placeOf(page.replace(`Baz. ${LINE}`, `Baz. ${LINE.replace('minim', 'minimum')}`), selectors)).toBe(
      'b',
    );
  });
});
