import { describe, expect, it } from 'vitest';
import { dropAuthorBox } from '@/utils/article/extract/author-box';
import { articleOf } from './helpers';

const STORY =
  '<p>The allotment society planted forty apple trees on Sunday, one for each year since the gardens opened.</p>' +
  '<p>Members chose old local varieties, grafted over the winter in the shed behind the main gate.</p>' +
  '<p>The first fruit is expected in three years, if the spring frosts spare the young blossom.</p>';
const BOX =
  '<section><p><a href="/author/jo" title="Jo Marsh"><img src="/jo.jpg" alt="Jo Marsh"></a></p>' +
  '<div><p>I’m Jo, and I write about gardens and the people who keep them.</p></div></section>';

describe('dropAuthorBox', () => {
  it('removes the closing box whose portrait names the byline', () => {
    const root = articleOf(`${STORY}${BOX}`);
    dropAuthorBox(root, 'Jo Marsh');
    expect(root.innerHTML).toBe(STORY);
  });

  it('keeps it without a byline, or for another name', () => {
    for (const byline of [null, 'Sam Reed']) {
      const root = articleOf(`${STORY}${BOX}`);
      dropAuthorBox(root, byline);
      expect(root.innerHTML).toBe(`${STORY}${BOX}`);
    }
  });

  it('keeps a portrait of the author the story goes on after', () => {
    const html = `${STORY}${BOX}<p>The society meets again in May to prune them.</p>`;
    const root = articleOf(html);
    dropAuthorBox(root, 'Jo Marsh');
    expect(root.innerHTML).toBe(html);
  });
});
