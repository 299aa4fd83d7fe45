import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a boundary the article shows with a dash or a colon', () => {
  it('splits a name from the title glued after it elsewhere', () => {
    const es = entitiesOf(`Marta Quillon – Downhill Dreams

In her new clip, Marta Quillon Downhill Dreams shows the climb above Ravello. Marta Quillon filmed it in a week.`);
    expect(names(es)).not.toContain('Marta Quillon Downhill Dreams');
    expect(find(es, 'Marta Quillon')?.count).toBeGreaterThanOrEqual(2);
  });

  it('keeps a name the article never separates', () => {
    const es =
      entitiesOf(`Marta Quillon – a rider from Ravello. Her team, Quillon Downhill Racing, won in Ravello;
Quillon Downhill Racing won again in May.`);
    expect(names(es)).toContain('Quillon Downhill Racing');
  });
});

describe('a complement « de X » closing the name shown', () => {
  it('drops a maker written once, and keeps a known place that says where the thing is', () => {
    const maker = entitiesOf(
      'La Liseron Nova d’Ambrelle arrive. La Liseron Nova coûte cher, et la Liseron Nova plaît.',
      'fr',
    );
    expect(names(maker)).toContain('Liseron Nova');
    const place = entitiesOf(
      'L’équipe du Festival de Lyon prépare l’édition. Le Festival ouvrira en juillet. Le Festival invite Marc Orbel. Le Festival fermera en août.',
      'fr',
    );
    expect(names(place)).toContain('Festival de Lyon');
    expect(names(place)).not.toContain('Festival');
  });
});
