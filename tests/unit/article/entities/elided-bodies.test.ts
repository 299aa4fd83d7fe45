import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French name after « l’ » that acts or is quoted', () => {
  it('is an organisation when it publishes or is the source', () => {
    const es = entitiesOf(
      `L'Orvane a publié un avis mardi sur les engrais. Selon l'Orvane, les nitrates posent problème.`,
      'fr',
    );
    expect(find(es, 'Orvane')?.type).toBe('organization');
  });

  it('keeps a known place a place', () => {
    const es = entitiesOf(
      `L'Italie a annoncé un plan mardi. Selon l'Italie, les nitrates posent problème.`,
      'fr',
    );
    expect(find(es, 'Italie')?.type).toBe('place');
  });

  it('reads no body into a name that only completes the subject after « de »', () => {
    const es = entitiesOf(
      `La préfecture de l'Orvane a ordonné le confinement. Le site est dans le nord de l'Orvane, près du fleuve.`,
      'fr',
    );
    expect(find(es, 'Orvane')?.type).not.toBe('organization');
  });

  it('is a body when it only opens sentences after « L’ », twice and acting', () => {
    const es = entitiesOf(
      `L'Orvane a publié un avis mardi sur les engrais. Des chercheurs ont mesuré les sols. L'Orvane estime que les nitrates posent problème.`,
      'fr',
    );
    expect(find(es, 'Orvane')?.type).toBe('organization');
  });

  it('keeps out a sentence opener written once, or in lower case elsewhere', () => {
    const once = entitiesOf(
      `L'Orvane publie un avis mardi sur les engrais. Des chercheurs ont mesuré les sols.`,
      'fr',
    );
    expect(find(once, 'Orvane')).toBeUndefined();
    const common = entitiesOf(
      `L'Hiver a été long cette année. L'Hiver a duré, et l'hiver prochain sera plus doux.`,
      'fr',
    );
    expect(find(common, 'Hiver')).toBeUndefined();
  });
});
