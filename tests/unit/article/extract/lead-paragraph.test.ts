import { describe, expect, it } from 'vitest';
import { findLead, restoreLead } from '@/utils/article/extract/lead-paragraph';
import { articleOf, pageOf, textOf } from './helpers';

const BODY_START =
  '<p>Fishermen in the bay have reported the largest shoals of mackerel in twenty years, and the harbour master has had to extend the opening hours of the fish market twice this month.</p>';
const LEAD = 'A warm current has brought the fish close to shore, and the town is struggling to keep up.';

describe('findLead', () => {
  it('finds the standfirst named by its class after the headline', () => {
    const doc = pageOf(
      `<header><h1>Mackerel return to the bay</h1><p class="article__standfirst">${LEAD}</p></header>${BODY_START}`,
    );
    expect(textOf(findLead(doc, 'Mackerel return to the bay', null))).toBe(LEAD);
  });

  it("finds a lead by the page's own description when its class says nothing", () => {
    const doc = pageOf(`<h1>Mackerel return to the bay</h1><div><p>${LEAD}</p></div>${BODY_START}`);
    expect(textOf(findLead(doc, null, LEAD))).toBe(LEAD);
  });

  it("starts after the headline matching the page's title, not after the logo's h1", () => {
    const doc = pageOf(
      `<h1>The Bay Courier</h1><div class="teaser"><p>Read our other story about the lighthouse keeper and his cat.</p></div>
       <h1>Mackerel return to the bay</h1><p class="lead">${LEAD}</p>${BODY_START}`,
    );
    expect(textOf(findLead(doc, 'Mackerel return to the bay | The Bay Courier', null))).toBe(LEAD);
  });

  it('takes an h2 matching the title as the headline when the h1s are the logo and the menu', () => {
    const doc = pageOf(
      `<h1>Courier</h1><h1>Navigation menu</h1><div class="teaser"><p>Read our other story about the lighthouse keeper.</p></div>
       <article><h2>Mackerel return to the bay</h2><p class="entry__subtitle">${LEAD}</p>${BODY_START}</article>`,
    );
    expect(textOf(findLead(doc, 'Mackerel return to the bay - Courier', null))).toBe(LEAD);
  });

  it("ignores a picture's description and stops at the body's first long paragraph", () => {
    const doc = pageOf(
      `<h1>Mackerel return to the bay</h1><p class="image-description">Boats in the harbour at dawn, photographed from the pier.</p>
       ${BODY_START}<p class="summary">${LEAD}</p>`,
    );
    expect(findLead(doc, null, null)).toBeNull();
  });

  it('finds nothing on a page without a headline', () => {
    expect(findLead(pageOf(`<p class="lead">${LEAD}</p>${BODY_START}`), null, null)).toBeNull();
  });
});

describe('restoreLead', () => {
  it('puts the lead at the top of the article when Readability left it out', () => {
    const root = articleOf(BODY_START);
    restoreLead(root, articleOf(`<p>${LEAD}</p>`).firstElementChild);
    expect(textOf(root).startsWith(LEAD)).toBe(true);
  });

  it('adds nothing when the article already holds it', () => {
    const root = articleOf(`<p>${LEAD}</p>${BODY_START}`);
    restoreLead(root, articleOf(`<p>${LEAD}</p>`).firstElementChild);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it("puts back a lead that opens like the body's first sentence but adds one of its own", () => {
    const opening = 'Fishermen in the bay have reported the largest shoals of mackerel in twenty years.';
    const lead = `${opening} The harbour master says the market cannot cope for long.`;
    const root = articleOf(`<p>${opening} The fish market now opens at four.</p>`);
    restoreLead(root, articleOf(`<p>${lead}</p>`).firstElementChild);
    expect(textOf(root).startsWith(lead)).toBe(true);
  });

  it("adds nothing when the lead only shortens the body's first sentence (a byline aside)", () => {
    const root = articleOf(BODY_START);
    const lead =
      'Fishermen in the bay have reported the largest shoals of mackerel in twenty years. By Jo Bloggs';
    restoreLead(root, articleOf(`<p>${lead}</p>`).firstElementChild);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });
});
