import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a surname opened by two particles', () => {
  it('reads "Tilde van de Broek" whole and merges "Van de Broek" opening a sentence', () => {
    const es = entitiesOf(`The rider held off Tilde van de Broek in the last race. She finished ahead of
      Tilde van de Broek of the Netherlands. Van de Broek had led the standings since May.`);
    expect(find(es, 'Tilde van de Broek')?.count).toBe(3);
    expect(find(es, 'Tilde')).toBeUndefined();
    expect(find(es, 'Broek')).toBeUndefined();
  });

  it('keeps the unknown given name opening the text before "van de"', () => {
    const es = entitiesOf('Tilde van de Broek won the sprint. Van de Broek said she was happy.');
    expect(find(es, 'Tilde van de Broek')?.count).toBe(2);
  });

  it('joins "von der", "de los" the same way', () => {
    const es = entitiesOf(`Orla von der Gracht met Aldo de los Ribas. Von der Gracht said the talks went well,
      and De los Ribas agreed.`);
    expect(find(es, 'Orla von der Gracht')?.count).toBe(2);
    expect(find(es, 'Aldo de los Ribas')?.count).toBe(2);
  });

  it('still drops a common "van" opening a sentence', () => {
    const es = entitiesOf('A delivery van hit the gate. Van drivers in Tolley said the road was narrow.');
    expect(find(es, 'Van')).toBeUndefined();
    expect(find(es, 'Tolley')).toBeDefined();
  });
});
