import { describe, expect, it } from 'vitest';
import { isTabular, preferProse } from '@/utils/article/extract/tabular-choice';
import { articleOf, pageOf, textOf } from './helpers';

/** Own writing: a story about a council vote, long enough to be a page's prose. */
const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i} of the story: the county council voted on Tuesday to keep the rural bus routes running through the winter, after residents of the valley villages wrote to every councillor about the cuts.</p>`,
).join('');

/** Own writing: a long table of wards, councillors and addresses, each cell a few words. */
const TABLE = `<table><tbody><tr><th>Ward</th><th>Councillor</th><th>Email address</th></tr>${Array.from(
  { length: 200 },
  (_, i) =>
    `<tr><td>Ward ${i}, north, east</td><td>Councillor ${i}</td><td>councillor.${i}@county-hall.example</td></tr>`,
).join('')}</tbody></table>`;

describe('isTabular', () => {
  it('is true for a long table of short cells or a list of names', () => {
    expect(isTabular(articleOf(`<p>Who to write to:</p>${TABLE}`))).toBe(true);
    const names = Array.from({ length: 40 }, (_, i) => `<li>Councillor number ${i}</li>`).join('');
    expect(isTabular(articleOf(`<ul>${names}</ul>`))).toBe(true);
  });

  it('is false for prose with a small table, and for a list of long items', () => {
    expect(isTabular(articleOf(`${STORY}<table><tr><td>Ward 1</td><td>12 votes</td></tr></table>`))).toBe(
      false,
    );
    const steps = Array.from(
      { length: 10 },
      (_, i) =>
        `<li>Step ${i}: fold the dough over itself, turn it a quarter and leave it to rest for ten minutes under a cloth.</li>`,
    ).join('');
    expect(isTabular(articleOf(`<ol>${steps}</ol>`))).toBe(false);
  });
});

describe('preferProse', () => {
  it("takes the page's prose over a tabular article when the prose is long", () => {
    const table = articleOf(TABLE);
    const rest = pageOf(`<h1>Bus routes saved</h1><div class="text">${STORY}</div>`);
    const chosen = preferProse(table, rest);
    expect(textOf(chosen)).toContain('Paragraph 0 of the story');
    expect(textOf(chosen)).toContain('Paragraph 7 of the story');
  });

  it('keeps the table when the prose outside is a few short lines, or when the article is prose', () => {
    const table = articleOf(TABLE);
    const links = pageOf('<div><p>Contact us.</p><p>About us.</p><p>Jobs.</p></div>');
    expect(preferProse(table, links)).toBe(table);
    const story = articleOf(STORY);
    expect(preferProse(story, pageOf(`<div>${STORY}</div>`))).toBe(story);
  });
});
