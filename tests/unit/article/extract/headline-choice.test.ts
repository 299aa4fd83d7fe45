import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { markHeadlineBlock, preferHeadlineBlock } from '@/utils/article/extract/headline-choice';
import { markBlocks } from '@/utils/article/extract/recover-blocks';
import { pageOf, textOf } from './helpers';

/** Own writing: a short story under its headline, its lines set apart by line breaks, classes hashed. */
const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `Line ${i} of the story: the harbour board agreed on Thursday to dredge the old channel before spring, after the ferry ran aground twice in the autumn storms.<br><br>`,
).join('');
const TITLE = 'Harbour board will dredge the old channel';
const ARTICLE = `<div class="x1a"><h1>${TITLE}</h1><div class="x1b">By Ana Ruiz, 4 March</div><div class="x1c">${STORY}</div></div>`;

/** Own writing: readers' comments, each a box with its name and time, longer than the story together. */
const COMMENTS = `<div class="x2a">${Array.from(
  { length: 8 },
  (_, i) =>
    `<div class="x2b"><div class="x2c"><a href="/u/${i}">reader${i}</a></div><div class="x2d">${i + 1} hours ago</div>` +
    `<div class="x2e">Comment ${i}, and a long one: the channel has silted up for years, the board knew it, the ferry crews told them at every meeting, and nothing happened until the boat hit the bar, so forgive me if I wait to see the dredger before I believe a word of it, as they promised the same thing in 2019 and again in 2021.</div></div>`,
).join('')}</div>`;

const head = `<title>${TITLE} - Harbour News</title>`;

/** Stands in for Readability: marks the page, then takes `selector`'s element out of it as its article. */
function choose(doc: Document, selector: string): Element {
  markHeadlineBlock(doc, TITLE, markBlocks(doc).list);
  const root = doc.createElement('div');
  root.appendChild(doc.querySelector(selector) as Element);
  return root;
}

describe('preferHeadlineBlock', () => {
  it("takes the headline's block when Readability took comments from elsewhere on the page", () => {
    const doc = pageOf(`${ARTICLE}${COMMENTS}`, head);
    const chosen = preferHeadlineBlock(choose(doc, '.x2a'), doc);
    expect(textOf(chosen)).toContain('Line 0 of the story');
    expect(textOf(chosen)).not.toContain('Comment 0');
  });

  it("keeps Readability's choice when it holds the story, goes on after the block, or the h1 is not the title", () => {
    // The story itself was taken out of the headline's block.
    let doc = pageOf(`${ARTICLE}${COMMENTS}`, head);
    let article = choose(doc, '.x1c');
    expect(preferHeadlineBlock(article, doc)).toBe(article);
    // The block is a standfirst; the story's paragraphs follow it and Readability took them.
    const paragraphs = STORY.split('<br><br>')
      .filter(Boolean)
      .map((line) => `<p>${line}</p>`)
      .join('');
    doc = pageOf(
      `<div class="x1a"><h1>${TITLE}</h1><div>${STORY}</div></div><div class="x3">${paragraphs}</div>`,
      head,
    );
    article = choose(doc, '.x3');
    expect(preferHeadlineBlock(article, doc)).toBe(article);
    // The h1 is the site's name, not the page's title.
    doc = pageOf(ARTICLE.replace(TITLE, 'Harbour News') + COMMENTS, head);
    article = choose(doc, '.x2a');
    expect(preferHeadlineBlock(article, doc)).toBe(article);
  });
});

describe('extractArticle with hashed class names', () => {
  it('reads the story under the headline, not the longer comments under it', () => {
    const doc = pageOf(
      `<div class="x0">${ARTICLE}</div><div class="x4"><div class="x5"><h2>8 comments</h2>${COMMENTS}</div></div>`,
      head,
    );
    const { text } = extractArticle(doc, { url: 'https://news.example/a/story' });
    expect(text).toContain('Line 4 of the story');
    expect(text).not.toContain('Comment 3');
  });
});
