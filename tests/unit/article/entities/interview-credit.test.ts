import { describe, expect, it } from 'vitest';
import { afterInterviewCredit } from '@/utils/article/entities/interview-credit';

/** Whether `name` follows an interviewer's credit in `text`. */
const credited = (text: string, name: string) => afterInterviewCredit(text, text.indexOf(name));

describe('an interviewer credit', () => {
  it('reads the French and English credits before the name', () => {
    expect(credited('Propos recueillis par Léa Roux', 'Léa Roux')).toBe(true);
    expect(credited('Témoignages recueillis par Léa Roux', 'Léa Roux')).toBe(true);
    expect(credited('Entretien réalisé par\nLéa Roux', 'Léa Roux')).toBe(true);
    expect(credited('INTERVIEW BY Ann Lee', 'Ann Lee')).toBe(true);
    expect(credited('My forty years at the bakery, as told to Ann Lee.', 'Ann Lee')).toBe(true);
  });

  it('reads no other word before the name, nor a credit further back', () => {
    expect(credited('La loi a été votée par Léa Roux.', 'Léa Roux')).toBe(false);
    expect(credited('She wrote to Ann Lee the next day.', 'Ann Lee')).toBe(false);
    expect(credited('Propos recueillis par notre envoyé spécial et Léa Roux', 'Léa Roux')).toBe(false);
  });
});
