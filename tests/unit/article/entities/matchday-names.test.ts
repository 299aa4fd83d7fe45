import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a name after a numbered matchday', () => {
  it('is a competition, an organisation, though « en X » reads like a place', () => {
    const es = entitiesOf(
      `Le Kelvor BC a battu Drummore 84-82 en Varnel Élite. Le club remonte lors de la 14e journée de Varnel Élite.`,
      'fr',
    );
    expect(find(es, 'Varnel Élite')?.type).toBe('organization');
  });

  it('says nothing without a number: « la journée de X » may be a town’s day', () => {
    const es = entitiesOf(
      `Lors de la journée de Sarnevo, les habitants ont défilé à Sarnevo, selon Anne Morel.`,
      'fr',
    );
    expect(find(es, 'Sarnevo')?.type).toBe('place');
  });
});

describe('a French side', () => {
  it('is an organisation after its coach and « de », or beaten', () => {
    const es = entitiesOf(
      `Le KVBC a mis fin à la série de Drummore. Léo Marin, entraîneur du KVBC, sourit. Le KVBC est revenu.`,
      'fr',
    );
    expect(find(es, 'KVBC')?.type).toBe('organization');
    const beaten = entitiesOf(
      `Drummore a battu Varnel samedi. Varnel reste dernier, selon Anne Morel.`,
      'fr',
    );
    expect(find(beaten, 'Varnel')?.type).toBe('organization');
  });
});
