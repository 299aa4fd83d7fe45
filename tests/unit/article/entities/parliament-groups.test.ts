import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French parliamentary group', () => {
  it('keeps « et apparentés » and a side’s adjectives in its name', () => {
    const es = entitiesOf(
      `La séance est réservée au groupe Socialistes et apparentés, a dit Léa Marin, présidente du groupe
Socialistes et apparentés. Le groupe Droite républicaine votera contre, comme le groupe Écologiste et social.`,
      'fr',
    );
    expect(find(es, 'Socialistes et apparentés')?.type).toBe('organization');
    expect(find(es, 'Droite républicaine')).toBeDefined();
    expect(find(es, 'Écologiste et social')).toBeDefined();
    expect(names(es)).not.toContain('Socialistes');
  });

  it('reads no adjective into a company’s name after « groupe »', () => {
    const es = entitiesOf(
      `Le groupe Varnier français a racheté une usine, a dit Léa Marin. Le groupe Varnier emploie 300 personnes.`,
      'fr',
    );
    expect(find(es, 'Varnier')).toBeDefined();
    expect(find(es, 'Varnier français')).toBeUndefined();
  });

  it('reads a side and its adjective as a body after the article opening a sentence', () => {
    const es = entitiesOf(
      `La Gauche sociale et écologiste s'est abstenue hier. Le texte a été adopté par les élus.`,
      'fr',
    );
    expect(find(es, 'Gauche sociale et écologiste')?.type).toBe('organization');
    expect(names(es)).not.toContain('Gauche');
  });

  it('leaves a side word alone inside a sentence without « groupe »', () => {
    const es = entitiesOf(`Il siège à la Gauche depuis mars, a dit Léa Marin. La Gauche a perdu.`, 'fr');
    expect(find(es, 'Gauche depuis')).toBeUndefined();
  });
});
