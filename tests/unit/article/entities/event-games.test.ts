import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an event’s word, « de » and a numbered game', () => {
  it('names the game on its own and the event by its word', () => {
    const es = entitiesOf(
      `La finale du Major de Blast-Arena 3 se joue ce soir à Lyon. Les fans du Major de Blast-Arena 3 sont venus de loin. Le Major de Lyon se termine ce soir.`,
      'fr',
    );
    expect(find(es, 'Blast-Arena 3')?.type).toBe('product');
    expect(es.some((e) => e.text.includes('de Blast-Arena'))).toBe(false);
    expect(find(es, 'Major')?.type).toBe('other');
  });

  it('keeps a place, or one common word and its number, in the event’s name', () => {
    const es = entitiesOf(
      `La Coupe de Varnois 2 se joue à Lyon. Le Grand Prix de Formule 1 se court dimanche, puis le Grand Prix de Formule 1 repart.`,
      'fr',
    );
    expect(find(es, 'Grand Prix de Formule 1')).toBeDefined();
    expect(find(es, 'Formule 1')).toBeUndefined();
    expect(find(es, 'Varnois 2')).toBeUndefined();
  });

  it('types « Major de » and a game kept whole (one plain word) as an event', () => {
    const es = entitiesOf(
      `Le Major de Tekken 8 est fini. Les fans du Major de Tekken 8 sont venus de loin.`,
      'fr',
    );
    expect(find(es, 'Major de Tekken 8')?.type).toBe('other');
  });
});
