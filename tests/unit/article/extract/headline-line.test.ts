import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropHeadlineLine } from '@/utils/article/extract/headline-line';
import { collapseSpaces } from '@/utils/shared/fold';

const TITLE = 'Port strike ends after three weeks';

function textAfter(body: string, title: string | null = TITLE): string {
  const { document } = parseHTML(`<html><body><article>${body}</article></body></html>`);
  const content = document.querySelector('article') as unknown as Element;
  dropHeadlineLine(content, title);
  return collapseSpaces(content.textContent);
}

describe('dropHeadlineLine', () => {
  it('removes the headline printed again at the top, in a plain block', () => {
    expect(textAfter(`<div class="headline">${TITLE}</div><p>The board met.</p>`)).toBe('The board met.');
    expect(textAfter(`<div><h3>${TITLE}</h3><p>The board met.</p></div>`)).toBe('The board met.');
  });

  it('keeps the headline’s words inside a sentence, lower down, or when they are the whole text', () => {
    expect(textAfter(`<p><b>${TITLE}</b> after the board met.</p>`)).toBe(`${TITLE} after the board met.`);
    expect(textAfter(`<p>The board met.</p>\n<div>${TITLE}</div>`)).toBe(`The board met. ${TITLE}`);
    expect(textAfter(`<div>${TITLE}</div>`)).toBe(TITLE);
    expect(textAfter('<div>Port strike</div>\n<p>The board met.</p>')).toBe('Port strike The board met.');
  });
});
