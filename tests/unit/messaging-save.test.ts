import { describe, expect, it } from 'vitest';
import { validators } from '@/utils/messaging';
import { analysisFixture } from './article/analysis-fixture';

const analysis = analysisFixture({
  images: ['https://example.org/a.png'],
  entities: [{ text: 'Microsoft', type: 'organization', count: 2, variants: [], score: 1 }],
  related: [{ title: 'B', url: 'https://example.org/b', score: 1, source: 'page' }],
});

describe('article/save payloads', () => {
  const valid = (a: unknown) => validators['article/save']({ analysis: a });

  it('accept an analysis as the popup makes it', () => {
    expect(valid(analysis)).toBe(true);
  });

  it('refuse what imports refuse: other schemes, wrong types, oversized fields, unknown values', () => {
    expect(valid({ ...analysis, url: 'javascript:alert(1)' })).toBe(false);
    expect(valid({ ...analysis, byline: { html: '<b>' } })).toBe(false);
    expect(valid({ ...analysis, title: 't'.repeat(2001) })).toBe(false);
    expect(valid({ ...analysis, images: ['file:///etc/passwd'] })).toBe(false);
    expect(valid({ ...analysis, related: [{ ...analysis.related[0], url: 'data:text/html,x' }] })).toBe(
      false,
    );
    expect(valid({ ...analysis, entities: [{ ...analysis.entities[0], type: 'evil' }] })).toBe(false);
    expect(valid({ ...analysis, isArticle: 'yes' })).toBe(false);
    expect(valid(null)).toBe(false);
  });
});
