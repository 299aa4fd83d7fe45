import { afterEach, describe, expect, it, vi } from 'vitest';
import { newAnnotationId } from '@/utils/highlights/model';
import { randomUuid } from '@/utils/shared/random-uuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes distinct version-4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 500 }, randomUuid));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(V4);
  });

  it('works where crypto.randomUUID is missing (insecure http:// pages)', () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
    expect(newAnnotationId()).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
