import { describe, expect, it } from 'vitest';
import { commentThread } from '@/utils/article/extract/comment-thread';
import { pageOf } from './helpers';

const STORY =
  '<p>The night ferry to the islands will run again from May, the operator said on Tuesday, after a winter in which the crossing was suspended for repairs to the old pier.</p>' +
  '<p>Islanders had campaigned for months for the service to return, saying the day boats left too early for anyone working late shifts on the mainland to get home.</p>' +
  '<p>The operator said the first sailing would leave the harbour at eleven, and that tickets would cost the same as before the repairs began last autumn.</p>';

const comment = (name: string, text: string) =>
  `<li><div class="x1"><cite>${name}</cite> <span>says:</span></div><p>${text}</p></li>`;

const threadOf = (body: string) => {
  const doc = pageOf(body);
  return commentThread(doc.body, doc.body.textContent ?? '');
};

describe('commentThread', () => {
  it('finds the list of comments by their "Name says:" lines, whatever their class', () => {
    const thread = threadOf(
      `<div class="x7"><h1>Night ferry returns</h1>${STORY}${STORY}</div><ol class="x9">${comment('Mara', 'At last!')}${comment('Jo', 'We will be on the first one.')}${comment('Sam', 'What about the cars?')}</ol>`,
    );
    expect(thread?.localName).toBe('ol');
  });

  it('finds nothing with fewer than three comments, or when the "says" lines are paragraphs of the story', () => {
    expect(
      threadOf(
        `<h1>Night ferry returns</h1>${STORY}<ol>${comment('Mara', 'At last!')}${comment('Jo', 'Yes.')}</ol>`,
      ),
    ).toBeNull();
    expect(
      threadOf(
        `<h1>Night ferry returns</h1>${STORY}<div><p>The mayor says:</p><blockquote>It is a good day.</blockquote><p>The operator says:</p><blockquote>We are ready.</blockquote><p>A sailor says:</p><blockquote>Finally.</blockquote></div>`,
      ),
    ).toBeNull();
  });

  it('leaves a page that is its thread (a forum) alone', () => {
    expect(
      threadOf(
        `<ol>${comment('Mara', 'At last!')}${comment('Jo', 'We will be on it.')}${comment('Sam', 'Cars?')}</ol>`,
      ),
    ).toBeNull();
  });
});
