import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a service named by a letter', () => {
  it('finds the service the title names, « ligne K » and "Line C", with their kind word', () => {
    const fr = `La ligne K du tramway de Montpellier ira jusqu'à Castelnau. La ligne K croisera la ligne D à Odysseum.`;
    const shown = names(extractEntities(fr, { lang: 'fr', title: 'Le tram K prolongé jusqu’à Castelnau' }));
    expect(shown).toContain('ligne K');
    expect(shown).not.toContain('ligne D');
    const en = `Trains on the Line C will stop at Dalston from May, the Transit Authority said. Line C riders were angry.`;
    expect(names(extractEntities(en, { lang: 'en', title: 'Line C to close for a month' }))).toContain(
      'Line C',
    );
  });

  it('leaves the lines of a story about something else', () => {
    const fr = `La grève touche la ligne K et la ligne D du tramway de Montpellier. La ligne K roulera à moitié.`;
    const shown = names(extractEntities(fr, { lang: 'fr', title: 'Grève des transports à Montpellier' }));
    expect(shown.some((n) => n.startsWith('ligne'))).toBe(false);
  });

  it('takes no letter after another word, nor a letter joined to another', () => {
    const text = `Le plan B de la mairie de Montpellier prévoit une ligne A-B entre Castelnau et Odysseum.`;
    const shown = names(extractEntities(text, { lang: 'fr', title: 'La ligne B en projet' }));
    expect(shown).not.toContain('plan B');
    expect(shown.some((n) => n.startsWith('ligne'))).toBe(false);
  });
});
