import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a plan quoted after its kind', () => {
  it('keeps « Nord 2040 » whole, a plan, though named once', () => {
    const es = entitiesOf(
      `La ministre a défendu le plan « Nord 2040 » à Lille. Elle a cité trois usines.`,
      'fr',
    );
    expect(find(es, 'Nord 2040')?.type).toBe('other');
    expect(find(es, 'Nord')).toBeUndefined();
  });

  it('keeps a name given by « baptisé » with its lower-case word', () => {
    const es = entitiesOf(
      `Le mécanisme, baptisé « Filet énergétique », a coûté cher, a indiqué Marc Lenoir à Rouen.`,
      'fr',
    );
    expect(find(es, 'Filet énergétique')?.type).toBe('other');
  });

  it('leaves a quoted phrase with no kind before it alone', () => {
    const es = entitiesOf(`Le maire a répondu « Pour Rouen » aux habitants, selon Marc Lenoir.`, 'fr');
    expect(find(es, 'Pour Rouen')).toBeUndefined();
  });
});
