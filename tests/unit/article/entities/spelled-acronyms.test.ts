import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a name whose capitals spell an acronym of the text', () => {
  it('is that acronym written out: one entity', () => {
    const text = `La sonde VELOR, pour VEnus Low Orbit Radar, partira en 2031. VELOR cartographiera le sol de Vénus.
Les ingénieurs de VELOR testent son radar à Toulouse.`;
    const es = entitiesOf(text, 'fr');
    const probe = find(es, 'VELOR');
    expect(probe?.variants.concat(probe.text)).toContain('VEnus Low Orbit Radar');
    expect(names(es).filter((n) => n === 'VEnus Low Orbit Radar')).toHaveLength(0);
  });

  it('keeps apart a model numbered in a range written as an acronym', () => {
    const text = `The QRX 4090 card beats the QRX 4080. Buyers of QRX cards wait for the QRX 4090 to ship.`;
    const card = find(entitiesOf(text), 'QRX 4090');
    expect(card?.variants ?? []).not.toContain('QRX');
  });
});

describe('a name whose words’ initials spell an acronym of the text, with no brackets between them', () => {
  it('is one entity with that acronym; a name of two words stays apart from a two-letter acronym', () => {
    const text = `La Régie de l’assurance fluviale du Morvand confirme une panne. La RAFM a prévenu ses clients.
Selon la RAFM, la panne est réparée. La Garde nationale et la GN ne sont pas touchées.`;
    const es = entitiesOf(text, 'fr');
    const body = find(es, 'RAFM');
    expect(body?.variants.concat(body.text)).toContain('Régie de l’assurance fluviale du Morvand');
    expect(names(es)).not.toContain('Régie de l’assurance fluviale du Morvand');
  });
});
