import { describe, expect, it } from 'vitest';
import { pruneArticle } from '@/utils/article/extract/prune-article';
import { articleOf, textOf } from './helpers';

const BODY =
  '<p>The council voted on Monday to keep the old tram depot as a museum, ending a decade of argument over whether the sheds should make way for flats.</p>' +
  '<p>Volunteers who restored two of the trams said they would open the doors to visitors in the spring, once the roof has been repaired and the heating installed.</p>';

describe('pruneArticle', () => {
  it('removes furniture Readability kept inside the article', () => {
    const root = articleOf(
      `${BODY}<div class="sharedaddy"><h3>Share this:</h3><a href="#">Email</a></div>
       <div class="author-box"><p>Sam Rivers writes about the city's transport.</p></div>
       <div class="newsletter-promo">Sign up for the morning briefing</div>`,
    );
    pruneArticle(root);
    expect(textOf(root)).toContain('The council voted on Monday');
    for (const gone of ['Share this', 'Sam Rivers', 'morning briefing'])
      expect(textOf(root)).not.toContain(gone);
  });

  it('keeps the name a hover card hangs on in a sentence and removes the card', () => {
    const root = articleOf(
      `<p>The motion was tabled by councillor <span class="rollover-people"><a class="rollover-people-link" href="/p/1">Jo Bloggs</a>` +
        `<span class="rollover-people-block"><img src="/jo.jpg"><a href="/p/1">Jo Bloggs</a><a href="/s/2">Bloggs wins the tram vote</a></span></span> on Monday.</p>` +
        `<p>Traffic is measured by the <a class="tooltip-link" title="Office for Roads" href="/g/ofr">OFR</a>.</p>${BODY}`,
    );
    pruneArticle(root);
    const text = textOf(root);
    expect(text).toContain('tabled by councillor Jo Bloggs on Monday.');
    expect(text).toContain('measured by the OFR.');
    expect(text).not.toContain('wins the tram vote');
  });

  it('tells a hover card by its shape when its classes say nothing, and keeps a line of text with a picture', () => {
    const root = articleOf(
      `<p>The motion was tabled by councillor <span class="x1"><a href="/p/1">Jo Bloggs</a>` +
        `<span class="x2"><img src="/jo.jpg"><a href="/p/1">Jo Bloggs</a><a href="/s/2">Bloggs wins the tram vote</a>` +
        ` <a href="/s/3">Council delays the budget</a></span></span> on Monday.</p>` +
        `<p><span class="x3"><img src="/icon.png"> Read the <a href="/r">report</a> and the <a href="/m">minutes</a> of the meeting, which the clerk published on Tuesday.</span></p>${BODY}`,
    );
    pruneArticle(root);
    const text = textOf(root);
    expect(text).toContain('tabled by councillor Jo Bloggs on Monday.');
    expect(text).not.toContain('wins the tram vote');
    expect(text).toContain('Read the report and the minutes of the meeting');
  });

  it('removes a hover card that is not in a line of text, or whose first part is more than a name', () => {
    const root = articleOf(
      `${BODY}<div><span class="tooltip-box">Useful hint about the museum</span></div>` +
        `<p>Opening hours <span class="popover">Monday to Friday from nine until five, weekends by appointment only</span></p>` +
        `<p>Open to <span class="glossary"><a href="/g/1">all ages</a><span class="tooltip">'Ages' means <b>every</b> age.</span></span> today.</p>`,
    );
    pruneArticle(root);
    const text = textOf(root);
    expect(text).not.toContain('Useful hint');
    expect(text).not.toContain('weekends by appointment');
    expect(text).toContain('Open to all ages today.');
    expect(text).not.toContain('means');
  });

  it("removes a control's short label and keeps a control that holds content", () => {
    const root = articleOf(
      `${BODY}<div class="gallery-image-toggle" role="button">Show picture</div>
       <div class="sources js-accordion-toggle">Hide sources</div>
       <div role="button"><p>Why was the depot kept? The council said the sheds are the last of their kind in the region.</p></div>`,
    );
    pruneArticle(root);
    const text = textOf(root);
    expect(text).toContain('Why was the depot kept?');
    for (const gone of ['Show picture', 'Hide sources']) expect(text).not.toContain(gone);
  });

  it('turns a caption written as a paragraph into a figcaption, and keeps it', () => {
    const root = articleOf(`${BODY}<p class="wp-caption-text">The depot in 1931. Photo: city archive</p>`);
    pruneArticle(root);
    expect(root.querySelector('figcaption')?.textContent).toBe('The depot in 1931. Photo: city archive');
    expect(root.querySelector('p.wp-caption-text')).toBeNull();
  });

  it('looks into a captioned block that holds the picture instead of converting it', () => {
    const root = articleOf(
      `<div class="wp-caption"><img src="/depot.jpg" alt=""><p class="wp-caption-text">The depot.</p></div>${BODY}`,
    );
    pruneArticle(root);
    expect(root.querySelector('img')).not.toBeNull();
    expect(root.querySelector('figcaption')?.textContent).toBe('The depot.');
  });

  it('keeps a furniture-named block that holds most of the article', () => {
    const root = articleOf(`<div class="post-rating-enabled">${BODY}${BODY}</div><p>End.</p>`);
    pruneArticle(root);
    expect(textOf(root)).toContain('The council voted on Monday');
  });
});
