import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a name a verb addresses through « à »', () => {
  it('reads « succéder à X » across a short adverbial as a person, not a place', () => {
    const es = entitiesOf(
      `Le chef a succédé cet automne à Oren Valdic, qui dirigeait la troupe depuis dix ans.`,
      'fr',
    );
    expect(find(es, 'Oren Valdic')?.type).toBe('person');
  });

  it('reads « répondre hier à X » and « rendre hommage à X » the same way', () => {
    const es = entitiesOf(
      `Le maire a répondu hier à Ilan Vasko. La troupe rend hommage lui-même à Tiago Mersk ce soir.`,
      'fr',
    );
    expect(find(es, 'Ilan Vasko')?.type).toBe('person');
    expect(find(es, 'Tiago Mersk')?.type).toBe('person');
  });

  it('keeps the place reading when another complement stands between the verb and « à »', () => {
    const es = entitiesOf(
      `Le ministre a parlé aux élus à Sarnevo mardi. À Sarnevo, les commerçants attendent, selon Anne Morel.`,
      'fr',
    );
    expect(find(es, 'Sarnevo')?.type).toBe('place');
  });

  it('keeps « à X » after a verb of moving a place', () => {
    const es = entitiesOf(
      `Elle s'est installée cet automne à Sarnevo. La vie à Sarnevo est calme, selon Anne Morel.`,
      'fr',
    );
    expect(find(es, 'Sarnevo')?.type).toBe('place');
  });
});
