import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';

// Texts written for these tests (not taken from any corpus).

/** Whether the title names the candidate `name` of `text`. */
function titled(text: string, title: string, name: string, lang = 'fr'): boolean | undefined {
  return rankedCandidates(text, { lang, title }).find((r) => r.entity.text === name)?.titled;
}

describe('a surname in the title', () => {
  const text = `Roger Talmont est mort jeudi à 89 ans, a annoncé sa fille, la comédienne Isabelle Talmont. Roger Talmont
avait débuté au cabaret en 1958, avant de triompher à la radio.`;

  it('names the person the title writes whole, not a relative sharing the surname', () => {
    const title = 'Mort de Roger Talmont, le chansonnier de Montmartre';
    expect(titled(text, title, 'Roger Talmont')).toBe(true);
    expect(titled(text, title, 'Isabelle Talmont')).toBe(false);
  });

  it('still names a person whom the title calls by the surname alone', () => {
    expect(titled(text, 'Talmont, la fin d’une époque', 'Isabelle Talmont')).toBe(true);
  });
});
