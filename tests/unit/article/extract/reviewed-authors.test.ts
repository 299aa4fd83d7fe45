import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { reviewedAuthors } from '@/utils/article/extract/json-ld';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

// A fact-check page written for these tests (not taken from any corpus).
const para = (n: number) =>
  `<p>Paragraph ${n} of the check compares the ministry's figures with the port authority's records of the year.</p>`;
const page = (claimant: string) => `<html><head><title>Grain claim</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  claimReviewed: 'Exports doubled in a year.',
  itemReviewed: { '@type': 'CreativeWork', author: { '@type': 'Person', name: claimant } },
  author: { '@type': 'Organization', name: 'Check Desk' },
})}</script></head><body><article><h1>Grain claim</h1>
<div class="statement"><h4 class="author">${claimant}</h4><p>Exports doubled in a year.</p></div>
${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</article></body></html>`;

describe('the author of a claim a fact-check reviews', () => {
  it('is read from the review’s JSON-LD', () => {
    const doc = parseHtmlWithLinkedom(page('The harbour ministry'), 'https://check.example/a');
    expect(reviewedAuthors(doc)).toEqual(['The harbour ministry']);
  });

  it('is not the page’s byline', () => {
    const doc = parseHtmlWithLinkedom(page('Ilse Wrangel'), 'https://check.example/a');
    expect(extractArticle(doc, { url: 'https://check.example/a' }).byline).toBeNull();
  });
});
