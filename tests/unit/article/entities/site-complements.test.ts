import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French name after monuments and « de »', () => {
  it('is a place where its monuments stand', () => {
    const es = entitiesOf(
      `Les alignements de Sarnevo attirent les touristes. Les menhirs de Sarnevo sont célèbres depuis longtemps.`,
      'fr',
    );
    expect(find(es, 'Sarnevo')?.type).toBe('place');
  });

  it('is a place after a site’s noun only when the text also sets it after « à »', () => {
    const located = entitiesOf(
      `Le site de Sarnevo attire les touristes. Le site de Sarnevo est célèbre. Elle vit à Sarnevo depuis 2010.`,
      'fr',
    );
    expect(find(located, 'Sarnevo')?.type).toBe('place');
    const owned = entitiesOf(
      `La tombe de Toutankhamon attire les touristes. La tombe de Toutankhamon est célèbre depuis 1922.`,
      'fr',
    );
    expect(find(owned, 'Toutankhamon')?.type).not.toBe('place');
  });
});
