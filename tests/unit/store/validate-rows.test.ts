import { describe, expect, it } from 'vitest';
import { articleInputProblem, storedImageProblem } from '@/utils/store/validate-rows';

describe('stored row checks', () => {
  it('check an article input as messages do: http(s) only, known values, bounded text', () => {
    expect(articleInputProblem({ url: 'https://example.org/a', title: 'A', tags: ['x'] })).toBeNull();
    expect(articleInputProblem({ url: 'javascript:alert(1)' })).toBe('url: not an http(s) address');
    expect(articleInputProblem({ url: 'https://example.org/a', status: 'deleted' })).toMatch(/^status:/);
    expect(articleInputProblem({ url: 'https://example.org/a', favorite: 'yes' })).toMatch(/^favorite:/);
    expect(articleInputProblem({ url: 'https://example.org/a', tags: 'x' })).toBe('tags: not a list');
    expect(articleInputProblem({ url: 'https://example.org/a', progress: 2 })).toMatch(/^progress:/);
    expect(articleInputProblem({ url: 'https://example.org/a', html: 'x'.repeat(5_000_001) })).toMatch(
      /^html:/,
    );
  });

  it('check an image row: its address, status and blob size', () => {
    const row = {
      articleId: 'a',
      url: 'https://example.org/i.png',
      status: 'stored',
      error: null,
      fetchedAt: 1,
    };
    expect(storedImageProblem({ ...row, blob: new Blob(['x']) })).toBeNull();
    expect(storedImageProblem({ ...row, blob: null, url: 'javascript:x' })).toMatch(/^url:/);
    expect(storedImageProblem({ ...row, blob: null, status: 'maybe' })).toMatch(/^status:/);
    expect(storedImageProblem({ ...row, blob: { size: 9 * 1024 * 1024 } })).toMatch(/^blob:/);
  });
});
