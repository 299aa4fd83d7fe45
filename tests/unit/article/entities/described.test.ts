import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

const TEXT = `The council met on Tuesday to vote on the new bus depot. Members heard from Marta Kessler, who runs the
Harwell Tenants Association, and from the Dunmore Transit Authority. Kessler said the depot would bring noise to the
estate. The authority said its drivers had waited years for it. The Dunmore Transit Authority will publish its plans
next month, and Kessler has asked for a meeting first.`;

const cues = (description?: string) => {
  const ranked = rankedCandidates(TEXT, { lang: 'en', title: 'Council backs bus depot', description });
  return (name: string) => ranked.find((r) => r.entity.text === name);
};

describe('a name the page’s description gives', () => {
  it('is marked, by its key or a short form the description writes (a surname, a country’s adjective)', () => {
    const of = cues('Marta Kessler of the Harwell Tenants Association opposes the depot.');
    expect(of('Marta Kessler')?.described).toBe(true);
    expect(of('Harwell Tenants Association')?.described).toBe(true);
    expect(of('Dunmore Transit Authority')?.described).toBe(false);
    expect(cues('Kessler fears the noise.')('Marta Kessler')?.described).toBe(true);
  });

  it('marks nothing on a page without a description', () => {
    const of = cues();
    expect(of('Marta Kessler')?.described).toBe(false);
    expect(of('Dunmore Transit Authority')?.described).toBe(false);
  });

  it('comes before a name as salient the description does not give, not before a much more salient one', () => {
    const other = rankedEntity('Dunmore Transit Authority', 'organization', 4);
    const described = rankedEntity('Harwell Tenants Association', 'organization', 4, { described: true });
    expect(readerOrder([other, described]).map((e) => e.text)).toEqual([
      'Harwell Tenants Association',
      'Dunmore Transit Authority',
    ]);
    const salient = rankedEntity('Dunmore Transit Authority', 'organization', 7);
    expect(readerOrder([described, salient]).map((e) => e.text)[0]).toBe('Dunmore Transit Authority');
  });

  it('leaves the order as it was when nothing is described', () => {
    const a = rankedEntity('Dunmore Transit Authority', 'organization', 4.2);
    const b = rankedEntity('Harwell Tenants Association', 'organization', 4);
    expect(readerOrder([b, a]).map((e) => e.text)).toEqual([
      'Dunmore Transit Authority',
      'Harwell Tenants Association',
    ]);
  });
});

describe('a word the description writes that is a name of its own', () => {
  it('names that name, not a longer one ending in it ("Water Larkspur" of a sentence start)', () => {
    const text = `Larkspur grows well in sun. Water Larkspur once a week, said Marta Kessler. Prune Larkspur in spring.
Kessler said Larkspur likes chalk, and Marta Kessler sells it.`;
    const ranked = rankedCandidates(text, {
      lang: 'en',
      title: 'How to grow it',
      description: 'Larkspur care made simple, by Kessler.',
    });
    const of = (name: string) => ranked.find((r) => r.entity.text === name);
    expect(of('Larkspur')?.described).toBe(true);
    expect(of('Water Larkspur')?.described).toBe(false);
    // A surname naming the person it is part of still does.
    expect(of('Marta Kessler')?.described).toBe(true);
  });
});
