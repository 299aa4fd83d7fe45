import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a capital speaking for its country', () => {
  it('comes after the country when both are named', () => {
    const text = `Moscow rejected the new sanctions on Tuesday. Moscow said they would fail, and Moscow warned of a
response. Officials in Brenhaven said Russia had been warned before. Russia exports oil through Brenhaven.`;
    const order = names(entitiesOf(text));
    expect(order.indexOf('Russia')).toBeLessThan(order.indexOf('Moscow'));
  });

  it('keeps its rank when its country is not named', () => {
    const text = `Moscow rejected the new sanctions on Tuesday. Moscow said they would fail, and Moscow warned of a
response. Officials in Brenhaven said they had warned Moscow before. Tankers leave Brenhaven each week.`;
    expect(names(entitiesOf(text))[0]).toBe('Moscow');
  });
});

describe('a name the title writes only inside a longer one', () => {
  it('does not count the title for a town named by a novel’s title', () => {
    const text = `Le prix Varenne est allé jeudi à Lise Armand pour Les Jardins de Corvel. Lise Armand, née à Corvel,
vit à Pardine. Le livre se passe à Corvel en 1950. Les Jardins de Corvel a déjà été vendu à 20 000 exemplaires.`;
    const title = 'Le prix Varenne à Lise Armand pour « Les Jardins de Corvel »';
    const titled = entitiesOf(text, 'fr', title);
    const plain = entitiesOf(text, 'fr', 'Le prix Varenne à Lise Armand');
    expect(find(titled, 'Corvel')?.score).toBe(find(plain, 'Corvel')?.score);
    expect(find(titled, 'Lise Armand')?.score).toBe(find(plain, 'Lise Armand')?.score);
  });
});

describe('a capital lending its mentions to its country', () => {
  it('brings a country named twice into the first ten when its capital speaks for it', () => {
    const text = `Ministers from Arlen, Bosk, Carrow, Dunmere, Elsk, Fenwick, Galt, Hythe and Istra met in Lunden on
Monday, and Arlen, Bosk, Carrow, Dunmere, Elsk, Fenwick, Galt, Hythe and Istra signed the accord. Berlin backed
it. Berlin said it would pay. Berlin will host the next round. Arlen, Bosk, Carrow, Dunmere, Elsk, Fenwick, Galt,
Hythe and Istra welcomed the offer. Germany hopes for more. Germany joined late.`;
    const top = names(entitiesOf(text)).slice(0, 10);
    expect(top).toContain('Germany');
  });
});
