import { describe, expect, it } from 'vitest';
import { preClean } from '@/utils/article/extract/pre-clean';
import { pageOf, textOf } from './helpers';

/** Own writing: three paragraphs about a ferry, long enough to be a page's prose. */
const PROSE =
  '<p>The night ferry to the islands will run again from May, the operator said on Tuesday, after a winter in which the crossing was suspended for repairs to the old pier.</p>' +
  '<p>Islanders had campaigned for months for the service to return, saying the day boats left too early for anyone working late shifts on the mainland to get home.</p>' +
  '<p>The operator said the first sailing would leave the harbour at eleven, and that tickets would cost the same as before the repairs began last autumn.</p>';

describe('preClean', () => {
  it('removes sharing bars, comments, newsletters, related boxes, navigation and asides', () => {
    const doc = pageOf(
      `<nav><a href="/">Home</a><a href="/news">News</a></nav>
       <article><h1>Night ferry returns</h1>
         <div class="share-bar">Share on Facebook Share on X</div>${PROSE}
         <div class="newsletter-signup">Get our newsletter every morning</div>
         <aside>Most read: a bakery closes</aside></article>
       <div class="related-stories"><a href="/b">Bridge repairs begin</a></div>
       <section id="comments"><p>First!</p></section>`,
    );
    preClean(doc);
    const text = textOf(doc.body);
    expect(text).toContain('The night ferry to the islands will run again from May');
    expect(text).toContain('Night ferry returns');
    for (const gone of ['Home', 'Share on Facebook', 'newsletter', 'Most read', 'Bridge repairs', 'First!']) {
      expect(text).not.toContain(gone);
    }
  });

  it('keeps a furniture-named wrapper that holds the prose or the headline', () => {
    // The comment thread outweighs the article, so only the protection of the prose keeps the wrapper.
    const thread = `<ol class="comment-list">${'<li class="comment"><p>I took that ferry for years and always loved the late crossing home.</p></li>'.repeat(30)}</ol>`;
    const doc = pageOf(
      `<div class="has-sidebar"><h1>Night ferry returns</h1></div>
       <div id="socialicons-sticky"><div class="entry-content">${PROSE}</div></div>${thread}`,
    );
    preClean(doc);
    expect(textOf(doc.body)).toContain('The night ferry to the islands');
    expect(textOf(doc.body)).toContain('Night ferry returns');
  });

  it('keeps a furniture-named block holding a large share of the page', () => {
    const doc =
      pageOf(`<div class="post-ratings-wrapper"><p>${'A long review of the crossing. '.repeat(20)}</p></div>
      <p>A short note.</p>`);
    preClean(doc);
    expect(textOf(doc.body)).toContain('A long review of the crossing.');
  });

  it("keeps a furniture-named block holding most of the page's paragraphs, not a one-line form", () => {
    // "cuerpo-ad": an ad word on the article body's own class; the aside outweighs the body in text.
    const aside = `<div class="sidebar">${'<span>Weather, markets and tides for the week ahead. </span>'.repeat(30)}</div>`;
    const doc = pageOf(
      `<h1>Night ferry returns</h1><div class="cuerpo-ad">${PROSE}</div>${aside}
       <div class="comments-add"><p>Log in to comment on this story.</p></div>`,
    );
    preClean(doc);
    expect(textOf(doc.body)).toContain('The night ferry to the islands');
    expect(textOf(doc.body)).not.toContain('Log in to comment');
  });

  it('removes scripts and styles but leaves the page otherwise as it was', () => {
    const doc = pageOf(`<script>var x = 1;</script><style>p{}</style><div class="story">${PROSE}</div>`);
    preClean(doc);
    expect(doc.body.querySelector('script, style')).toBeNull();
    expect(doc.body.querySelectorAll('p')).toHaveLength(3);
  });

  it('removes a control holding only its label, which Readability would unwrap into a paragraph', () => {
    const doc = pageOf(
      `<article><h1>Night ferry returns</h1>${PROSE}
         <div class="sources js-accordion"><div class="sources__toggle"><p>Hide sources</p></div>
           <div class="sources__content"><p>Harbour authority, timetable of 12 May.</p></div></div>
         <div class="faq-toggle"><p>Why was the crossing suspended for the whole winter season?</p></div>
       </article>`,
    );
    preClean(doc);
    const text = textOf(doc.body);
    expect(text).not.toContain('Hide sources');
    expect(text).toContain('Harbour authority, timetable of 12 May.');
    // Longer than a label: the block holds content, whatever its class.
    expect(text).toContain('Why was the crossing suspended');
  });

  it('turns captions written as ordinary blocks into <figcaption> before Readability can drop their class', () => {
    const doc = pageOf(
      `<article><h1>Night ferry returns</h1>${PROSE}
         <div class="image-embed"><img src="/pier.jpg"><div class="image-embed-caption">The old pier at dawn.</div></div>
         <figure><img src="/boat.jpg"><figcaption><span class="caption-text">The night boat.</span><span class="credit">Jo Bloggs</span></figcaption></figure>
         <table><tr><td class="credit">Crew list</td></tr></table></article>`,
    );
    preClean(doc);
    const captions = Array.from(doc.querySelectorAll('figcaption')).map((el) => textOf(el));
    expect(captions).toEqual(['The old pier at dawn.', 'The night boat.Jo Bloggs']);
    expect(doc.querySelector('td')?.textContent).toBe('Crew list');
    expect(doc.querySelector('figcaption figcaption')).toBeNull();
  });

  it('removes a cookie notice told by its words, with its box, whatever its class', () => {
    const doc = pageOf(
      `<div class="x1f3"><div class="x9a2"><p>We use cookies to measure our audience and show ads.</p>
         <p>By choosing Accept, you consent to our use of cookies.</p><button>Accept</button></div></div>
       <div class="x77b"><h1>Night ferry returns</h1><table><tr><td>Sailing</td><td>23:00</td></tr></table></div>`,
    );
    preClean(doc);
    const text = textOf(doc.body);
    expect(text).not.toContain('cookies');
    expect(text).not.toContain('Accept');
    expect(doc.querySelector('.x9a2')).toBeNull();
    expect(text).toContain('Sailing');
  });

  it('keeps a paragraph on cookies among the article’s prose', () => {
    const doc = pageOf(
      `<article><h1>Night ferry returns</h1>${PROSE}<p>The operator's new site says: we use cookies to remember your tickets.</p></article>`,
    );
    preClean(doc);
    expect(textOf(doc.body)).toContain('we use cookies to remember your tickets');
  });
});
