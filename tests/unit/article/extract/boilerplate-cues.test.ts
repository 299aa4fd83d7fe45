import { describe, expect, it } from 'vitest';
import {
  isCaptionMarked,
  isControlLabel,
  isFurnitureMarked,
  markerOf,
} from '@/utils/article/extract/boilerplate-cues';
import { pageOf } from './helpers';

/** The first element of a body made of `html`. */
const el = (html: string): Element => pageOf(html).body.firstElementChild as Element;

describe('isFurnitureMarked', () => {
  it.each([
    '<div class="share-buttons"></div>',
    '<div class="post-share-content"></div>',
    '<section id="comments"></section>',
    '<div class="c-native-newsletterbox"></div>',
    '<div class="news-letter-section"></div>',
    '<div class="relatedlinks"></div>',
    '<div class="BorlabsCookie"></div>',
    '<div class="author-box"></div>',
    '<div class="ad"></div>',
    '<div class="col adv adv-300"></div>',
    '<div class="breadcrumbs"></div>',
    '<div role="navigation"></div>',
    '<div role="complementary"></div>',
    '<ul class="post-navigation"></ul>',
    '<div class="paywall-prompt"></div>',
    '<div class="paywall"></div>',
    '<div class="paywalled-notice paywall-box"></div>',
    '<span class="rollover-people-block"></span>',
    '<span class="readingTime js-read-time"></span>',
    '<div class="post-lesezeit"></div>',
    // A video player's controls: "Current Time 0:00", "Play Video".
    '<div class="vjs-control-bar" role="group"></div>',
    '<div class="jw-controls jw-reset"></div>',
  ])('names %s furniture', (html) => {
    expect(isFurnitureMarked(el(html))).toBe(true);
  });

  it.each([
    '<div class="entry-content"></div>',
    '<div class="article-body"></div>',
    // Layout words on the article's own wrapper: a content word outweighs them.
    '<div class="entry-content entry-content-read-more"></div>',
    '<article class="box article modal-enabled"></article>',
    '<div class="entry__content steady-paywall-container"></div>',
    '<div class="content_body" id="TOC_TITLE_1"></div>',
    // Text behind a paywall that the page serves is the article's.
    '<p class="paywalled"></p>',
    '<div class="premium-content"></div>',
    '<p class="locked"></p>',
    // Words inside other words are not cues: "leaderboard" is not "lead", "adventure" is not "ad".
    '<div class="adventure-story"></div>',
    '<div class="header-spacing"></div>',
    '<div class="thread-timeline"></div>',
    '<video class="vjs-tech"></video>',
  ])('does not name %s furniture', (html) => {
    expect(isFurnitureMarked(el(html))).toBe(false);
  });

  it("ignores a heading's id and long ids, which are made from the text", () => {
    expect(isFurnitureMarked(el('<h3 id="nav_first_steps">First steps</h3>'))).toBe(false);
    expect(isFurnitureMarked(el('<div id="why-share-prices-fell-on-monday-morning-again">x</div>'))).toBe(
      false,
    );
    expect(isFurnitureMarked(el('<div id="share">x</div>'))).toBe(true);
  });
});

describe('isCaptionMarked', () => {
  it('names figcaptions and caption or credit markup', () => {
    expect(isCaptionMarked(el('<figcaption>A quay at dawn.</figcaption>'))).toBe(true);
    expect(isCaptionMarked(el('<p class="wp-caption-text">A quay at dawn.</p>'))).toBe(true);
    expect(isCaptionMarked(el('<span class="photo-credit">Jo Bloggs</span>'))).toBe(true);
    expect(isCaptionMarked(el('<div class="bildunterschrift">Der Hafen.</div>'))).toBe(true);
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(isCaptionMarked(el('<p class="intro">The harbour reopened.</p>'))).toBe(false);
    expect(isCaptionMarked(el('<p>The harbour reopened.</p>'))).toBe(false);
  });
});

describe('a marker read once by the caller', () => {
  it('gives the answers the element itself gives', () => {
    const doc = pageOf(
      '<div class="share-bar">s</div><span class="image-credit">c</span><a class="js-toggle">Show</a><p class="lede">p</p>',
    );
    for (const el of Array.from(doc.body.children)) {
      const marker = markerOf(el);
      expect(isFurnitureMarked(el, marker)).toBe(isFurnitureMarked(el));
      expect(isCaptionMarked(el, marker)).toBe(isCaptionMarked(el));
      expect(isControlLabel(el, marker)).toBe(isControlLabel(el));
    }
    const [share, credit, toggle, lede] = Array.from(doc.body.children);
    expect([share, credit, toggle, lede].map((el) => isFurnitureMarked(el as Element))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(isCaptionMarked(credit as Element)).toBe(true);
    expect(isControlLabel(toggle as Element)).toBe(true);
  });
});
