import { describe, expect, it } from 'vitest';
import { markBlocks, recoverBlocks } from '@/utils/article/extract/recover-blocks';
import { pageOf, textOf } from './helpers';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story about the village school, long enough to read as a sentence of prose.</p>`;

/** Marks the page's blocks, then builds an "article" from the paragraphs `keep` names (as Readability would). */
function run(body: string, keep: number[], title: string | null = null) {
  const doc = pageOf(body);
  const blocks = markBlocks(doc);
  const article = doc.createElement('div');
  for (const i of keep) article.appendChild(blocks.list[i] as Element);
  recoverBlocks(article, blocks, title);
  return article;
}

/** A page builder's text column: its own wrappers around one block. */
const column = (block: string) => `<div class="text-column"><div class="inner">${block}</div></div>`;

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

  it('puts back the opening paragraphs and subheadings held in columns of the same kind as the kept ones', () => {
    const article = run(
      `<div class="row">${column(para(1))}${column('<h2>The new roof</h2>')}${column(para(2))}</div>` +
        `<div class="row">${column(para(3))}${column(para(4))}</div>`,
      [3, 4],
    );
    expect(textOf(article)).toBe(textOf(pageOf(`${para(1)}The new roof${para(2)}${para(3)}${para(4)}`).body));
  });

  it('puts back an opening paragraph broken markup wrapped in an inline tag', () => {
    const article = run(
      `<div class="article-body"><strong>${para(1)}</strong><h3>Roof</h3>${para(2)}${para(3)}</div>`,
      [1, 2, 3],
    );
    expect(textOf(article)).toContain('Paragraph 1');
  });

  it('leaves out what precedes the article in other containers, the headline, lists and short lines', () => {
    const article = run(
      `<div class="site-intro"><div class="blurb">${para(0)}</div></div>` +
        `<div class="row">${column('<h2>The village school reopens</h2>')}${column(`<ul><li>${para(1)}</li></ul>`)}` +
        `${column('<p>Monday, 3 March</p>')}${column('<p>Photo: Jo</p>')}${column(para(2))}${column(para(3))}</div>`,
      [5, 6],
      'The village school reopens',
    );
    expect(textOf(article)).toBe(textOf(pageOf(`${para(2)}${para(3)}`).body));
    const noTitle = run(
      `${column('<h2>The village school reopens</h2>')}${column(para(1))}${column(para(2))}${column(para(3))}`,
      [2, 3],
      'The village school reopens',
    );
    expect(textOf(noTitle)).toBe(textOf(pageOf(`${para(1)}${para(2)}${para(3)}`).body));
    const kicker = run(`${column('<h2>Schools</h2>')}${column(para(2))}${column(para(3))}`, [1, 2]);
    expect(textOf(kicker)).toBe(textOf(pageOf(`${para(2)}${para(3)}`).body));
  });
});

describe('recoverBlocks on a long page', () => {
  it('puts back a dropped paragraph among thousands of kept ones', () => {
    const n = 5000;
    const body = Array.from({ length: n }, (_, i) => para(i)).join('');
    const kept = Array.from({ length: n }, (_, i) => i).filter((i) => i !== 2500);
    const article = run(`<div class="story">${body}</div>`, kept);
    expect(article.children).toHaveLength(n);
    expect(article.children[2500]?.textContent).toContain('Paragraph 2500 ');
  });
});
