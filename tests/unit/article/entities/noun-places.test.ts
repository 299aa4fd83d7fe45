import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, title?: string): string | undefined =>
  find(entitiesOf(text, 'fr', title), name)?.type;

describe('a known place named by a common noun', () => {
  it('is the noun where its capital proves nothing and the text writes the noun in lower case', () => {
    const text = `La Réunion s'est tenue lundi à Matignon. Les syndicats ont quitté la réunion avant la fin, selon Marie
      Lenoir. Une nouvelle réunion est prévue.`;
    expect(typeOf(text, 'La Réunion')).not.toBe('place');
    const headed = `La réunion a duré trois heures, a indiqué Jean Perrin. Lors de la réunion, les ministres ont parlé
      de l'Ukraine.`;
    expect(typeOf(headed, 'La réunion', 'Réunion à Bruxelles : les ministres divisés')).not.toBe('place');
  });

  it('keeps the island written with its capital inside sentences', () => {
    const text = `Le cyclone a frappé La Réunion lundi. À La Réunion, 20 000 foyers sont privés d'électricité, et une
      réunion de crise s'est tenue à la préfecture.`;
    expect(typeOf(text, 'La Réunion')).toBe('place');
  });
});
