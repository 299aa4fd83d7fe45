import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// A column's standfirst presents its signer, who then writes about the subjects.
const column = `Les ports de la Manche doivent mutualiser leurs dragages, plaide la députée Léna Vardel dans une tribune.

Depuis trois ans, le port de Cherbourg et le port de Dieppe draguent chacun leurs bassins. Le Havre a fait de même
l’an dernier. La Normandie paie trois fois le même travail.

Léna Vardel est députée de la Manche.`;

const order = (text: string, byline: string | undefined, title?: string) =>
  names(extractEntities(text, { lang: 'fr', byline, title }));

describe('the page’s writer named in the text', () => {
  it('follows the first three names they write about, and no more', () => {
    const list = order(column, 'Léna Vardel');
    expect(list.indexOf('Léna Vardel')).toBe(3);
  });

  it('keeps the rank of the same name when the byline credits someone else', () => {
    const list = order(column, 'Paul Roux');
    expect(list.indexOf('Léna Vardel')).toBeLessThan(3);
  });

  it('keeps the rank of a writer the title names', () => {
    const list = order(column, 'Léna Vardel', 'Léna Vardel : « Mutualisons les dragages »');
    expect(list[0]).toBe('Léna Vardel');
  });
});
