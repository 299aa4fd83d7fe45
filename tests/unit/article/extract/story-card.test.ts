import { describe, expect, it } from 'vitest';
import { trimLinkLists } from '@/utils/article/extract/trim-link-lists';
import { articleOf } from './helpers';

function trimmed(body: string): string {
  const root = articleOf(body);
  trimLinkLists(root);
  return root.innerHTML;
}

const STORY =
  '<p>The harbour board met on Monday to settle the question of the new ferry landing, after a year of talks.</p>' +
  '<p>Fishermen asked for a quieter berth; the board agreed to study a second site further along the quay.</p>' +
  '<p>A decision is due in spring, once the engineers have surveyed the seabed and costed both plans.</p>';
const CARD =
  '<article><h2><a href="/other-story">Ferry fares rise</a></h2><p>Tickets cost more from May.</p></article>';

describe('a story card closing the article', () => {
  it('removes one card that holds the article’s last text, a "back to top" link after it aside', () => {
    expect(trimmed(`${STORY}<div>${CARD}</div><a href="#">Back to top</a>`)).toBe(
      `${STORY}<a href="#">Back to top</a>`,
    );
  });

  it('keeps a card-shaped section the story goes on after', () => {
    const html = `${STORY}${CARD}<p>The board thanked the town for its patience.</p>`;
    expect(trimmed(html)).toBe(html);
  });

  it('keeps a closing section whose heading links within the page', () => {
    const html = `${STORY}<section><h2><a href="#notes">Notes</a></h2><p>Figures from the board.</p></section>`;
    expect(trimmed(html)).toBe(html);
  });

  it('keeps a short page that is mostly the card', () => {
    const html = `<p>Short note.</p>${CARD}`;
    expect(trimmed(html)).toBe(html);
  });
});

describe('picture cards in a row', () => {
  const tile = (slug: string, title: string) =>
    `<div><a href="/${slug}"><img src="/${slug}.jpg" alt=""></a><p>${title}</p>` +
    `<p>A short teaser line about ${title.toLowerCase()}… <a href="/${slug}">more</a></p></div>`;

  it('removes two or more tiles whose picture and "more" link lead to one other page', () => {
    expect(trimmed(`${STORY}${tile('forecasts', 'Forecasts')}${tile('archives', 'Archives')}`)).toBe(STORY);
  });

  it('keeps a gallery whose pictures link to their larger file, and list items without a teaser', () => {
    const gallery =
      '<div><a href="/a.jpg"><img src="/a-s.jpg"></a><p>The old quay at dawn, seen from the lighthouse. <a href="/a.jpg">Larger</a></p></div>' +
      '<div><a href="/b.jpg"><img src="/b-s.jpg"></a><p>The new landing, drawn by the engineers last year. <a href="/b.jpg">Larger</a></p></div>';
    const albums =
      '<ul><li><a href="/al/1"><img src="/1.jpg"></a><a href="/al/1">First album</a> 2001</li>' +
      '<li><a href="/al/2"><img src="/2.jpg"></a><a href="/al/2">Second album</a> 2004</li></ul>';
    expect(trimmed(`${STORY}${gallery}${albums}<p>The end of the story, told in full.</p>`)).toBe(
      `${STORY}${gallery}${albums}<p>The end of the story, told in full.</p>`,
    );
  });
});
