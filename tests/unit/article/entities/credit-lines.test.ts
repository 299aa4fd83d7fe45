import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';

// Texts written for these tests (not taken from any corpus).

/** Whether the candidate `name` of `text` is only ever credited. */
const credited = (text: string, name: string, lang: string): boolean | undefined =>
  rankedCandidates(text, { lang }).find((r) => r.entity.text === name)?.credited;

describe('a credit line', () => {
  it('credits the interviewer after « Propos recueillis par » and the writer after "as told to"', () => {
    const fr = `Le glacier de Velmont a perdu 3 % de son volume cette année.

Propos recueillis par Ana Ruiz

Lise Moret, glaciologue, explique pourquoi la fonte s’accélère au Velmont.`;
    expect(credited(fr, 'Ana Ruiz', 'fr')).toBe(true);
    const en = `I ran the Velmont bakery for forty years, as told to Ana Ruiz.

Lise Moret still buys her bread there.`;
    expect(credited(en, 'Ana Ruiz', 'en')).toBe(true);
    const interview = fr.replace('Propos recueillis par', 'Entretien réalisé par');
    expect(credited(interview, 'Ana Ruiz', 'fr')).toBe(true);
  });

  it('does not credit a name the text tells of after « par » or "to"', () => {
    const fr = 'La loi a été votée par Ana Ruiz et ses alliés. Ana Ruiz a salué le vote.';
    expect(credited(fr, 'Ana Ruiz', 'fr')).toBe(false);
    const en = 'She told Lise Moret the plan and wrote to Ana Ruiz the next day.';
    expect(credited(en, 'Ana Ruiz', 'en')).toBe(false);
  });
});
