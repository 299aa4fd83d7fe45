import { describe, expect, it } from 'vitest';
import { altCaptions } from '@/utils/article/extract/alt-caption';
import { articleOf } from './helpers';

const ALT = 'Fishing boats moored along the old quay at dawn';
const STORY = '<p>The harbour board met on Monday to settle the question of the new ferry landing.</p>';

describe('altCaptions', () => {
  it('turns the line repeating a picture’s alt, and the short credit closing its block, into captions', () => {
    const root = articleOf(
      `<div><p><img src="/q.jpg" alt="${ALT}"></p><p>${ALT}</p><p>Jo Marsh, Harbour Road.</p></div>${STORY}`,
    );
    altCaptions(root);
    expect(root.innerHTML).toBe(
      `<div><p><img src="/q.jpg" alt="${ALT}"></p><figcaption>${ALT}</figcaption><figcaption>Jo Marsh, Harbour Road.</figcaption></div>${STORY}`,
    );
  });

  it('keeps the story after a caption in a long block, and lines that do not repeat the alt', () => {
    const long = `<p>${'The ferry will carry cars and bikes across the bay, twice an hour in summer. '.repeat(3)}</p>`;
    const root = articleOf(`<div><img src="/q.jpg" alt="${ALT}"><p>${ALT}</p>${long}</div>`);
    altCaptions(root);
    expect(root.innerHTML).toBe(
      `<div><img src="/q.jpg" alt="${ALT}"><figcaption>${ALT}</figcaption>${long}</div>`,
    );
    const other = `<div><img src="/q.jpg" alt="${ALT}"><p>Boats at dawn.</p></div>`;
    const kept = articleOf(other);
    altCaptions(kept);
    expect(kept.innerHTML).toBe(other);
  });

  it('leaves a short alt alone: a story line may repeat a label', () => {
    const html = '<div><img src="/m.jpg" alt="The mayor"><p>The mayor</p></div>';
    const root = articleOf(html);
    altCaptions(root);
    expect(root.innerHTML).toBe(html);
  });
});
