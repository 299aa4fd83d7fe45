import { describe, expect, it } from 'vitest';
import { markBlocks, recoverBlocks } from '@/utils/article/extract/recover-blocks';
import { pageOf, textOf } from './helpers';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story about the village school, long enough to read as a sentence of prose.</p>`;

/** Marks the page's blocks, then builds an "article" from the paragraphs `keep` names (as Readability would). */
function run(body: string, keep: number[]) {
  const doc = pageOf(body);
  const blocks = markBlocks(doc);
  const article = doc.createElement('div');
  for (const i of keep) article.appendChild(blocks.list[i] as Element);
  recoverBlocks(article, blocks);
  return article;
}

describe('recoverBlocks', () => {
  it('puts back a prose paragraph and a subheading dropped between two kept paragraphs', () => {
    const article = run(
      `<div class="story">${para(1)}<div class="media-wrap">${para(2)}</div><h2>The new roof</h2>${para(3)}</div>`,
      [0, 3],
    );
    expect(textOf(article)).toBe(textOf(pageOf(`${para(1)}${para(2)}The new roof${para(3)}`).body));
  });

  it('leaves out teasers, labels and blocks far from the kept ones', () => {
    const article = run(
      `<div class="story">${para(1)}<p><a href="/x">A link to another story about another school entirely</a></p>` +
        `<p>Read also:</p>${para(4)}</div><div class="elsewhere"><div><div>${para(5)}</div></div></div>` +
        `<div class="story2">${para(6)}</div>`,
      [0, 3, 5],
    );
    expect(textOf(article)).not.toContain('A link to another story');
    expect(textOf(article)).not.toContain('Read also');
    expect(textOf(article)).not.toContain('Paragraph 5');
  });

  it('changes nothing when fewer than two blocks were kept', () => {
    const article = run(`${para(1)}${para(2)}`, [0]);
    expect(article.children).toHaveLength(1);
  });
});
