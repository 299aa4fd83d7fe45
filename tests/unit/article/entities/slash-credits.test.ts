import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a picture credit closing a caption, agency and photographer joined by a slash', () => {
  it('drops the agency and the photographer', () => {
    const text = `Le port de Brélac a rouvert lundi après trois jours de grève.

Le port de Brélac, vu depuis la digue nord. KEYSTONE/Martin Ducasse

Les dockers de Brélac ont voté la reprise. Le syndicat a salué un accord.`;
    const list = names(entitiesOf(text, 'fr'));
    expect(list).toContain('Brélac');
    expect(list).not.toContain('KEYSTONE');
    expect(list).not.toContain('Martin Ducasse');
  });

  it('drops a photographer written before the agency', () => {
    const text = `Fans queued outside the Corvell Arena on Sunday.
Fans outside the arena. Jane Holloway/AFP
The concert sold out in an hour, said Tom Reyes, the promoter.`;
    const list = names(entitiesOf(text));
    expect(list).not.toContain('Jane Holloway');
    expect(list).toContain('Tom Reyes');
  });

  it('keeps a name named elsewhere too, and two bodies joined by a slash', () => {
    const text = `Martin Ducasse a exposé ses clichés à Brélac. La digue nord, au matin. KEYSTONE/Martin Ducasse
La liste a reçu le soutien des élus LR/UDI du département.`;
    const list = names(entitiesOf(text, 'fr'));
    expect(list).toContain('Martin Ducasse');
    expect(list).toContain('LR');
  });
});
