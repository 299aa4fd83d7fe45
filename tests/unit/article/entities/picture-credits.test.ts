import { describe, expect, it } from 'vitest';
import { pictureCredits } from '@/utils/article/entities/picture-credits';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a picture credit opened by its word', () => {
  it('drops the names of a bracketed credit closing a caption, and of a credit after the caption', () => {
    const text = `Le port de Brélac a rouvert lundi après trois jours de grève.

Le port de Brélac vu de la digue. (Illustration – J. Pérac / Le Courrier du Val)

La digue nord au matin. Photo Le Courrier du Val, Mathis Orlande

Les dockers de Brélac ont voté la reprise, a indiqué Laure Vintal.`;
    const list = names(entitiesOf(text, 'fr'));
    expect(list).toContain('Brélac');
    expect(list).toContain('Laure Vintal');
    expect(list).not.toContain('J. Pérac');
    expect(list).not.toContain('Mathis Orlande');
  });

  it('finds no credit in a sentence about pictures, nor in a bracket that does not close the line', () => {
    expect(pictureCredits('Photos de Mathis Orlande prises lors du match contre Brélac.')).toEqual([]);
    expect(pictureCredits('Le cliché (Photo Mathis Orlande) a fait le tour du monde.')).toEqual([]);
    expect(pictureCredits('Le port. (Photo Mathis Orlande)')).toEqual([[9, 31]]);
  });
});
