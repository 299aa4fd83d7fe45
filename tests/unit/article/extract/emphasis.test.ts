import { describe, expect, it } from 'vitest';
import { emphasisSpans } from '@/utils/article/extract/emphasis';
import { articleOf } from './helpers';

// Markup written for these tests (not taken from any corpus).
describe('emphasisSpans', () => {
  it('lists the distinct italic spans once each, whitespace collapsed, in order', () => {
    const root = articleOf(
      `<p>She starred in <em>L'Été
      à Quimper</em> (1961) and in <i>Les Matins gris</i>.</p><p>Again <em>L'Été à Quimper</em>, <cite>Le Courrier</cite>.</p>`,
    );
    expect(emphasisSpans(root)).toEqual(["L'Été à Quimper", 'Les Matins gris', 'Le Courrier']);
  });

  it('leaves out long italic passages and empty ones', () => {
    const note =
      'This piece was first published in our weekend magazine and has been updated since then, twice.';
    expect(emphasisSpans(articleOf(`<p><em>${note}</em><i> </i></p>`))).toEqual([]);
  });
});
