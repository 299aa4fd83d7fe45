import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a quoted title keeps its lower-case function words', () => {
  const text = `The band's new album, "Ropes and Lanterns," opens with a drum solo. Critics compared "Ropes and Lanterns" to the group's first record, ‘Harbour of Glass’, and the single "Night Train" climbed the charts. Ellison and Marwick wrote most of it, as they did Harbour of Glass, and Ellison said "Marwick and I argued a lot."`;

  it('keeps the title whole', () => {
    const es = entitiesOf(text);
    expect(find(es, 'Ropes and Lanterns')).toBeDefined();
    expect(find(es, 'Harbour of Glass')).toBeDefined();
    expect(names(es)).not.toContain('Ropes');
    expect(names(es)).not.toContain('Lanterns');
  });

  it('does not join names outside quotes, nor a quotation that goes on after them', () => {
    const shown = names(entitiesOf(text));
    expect(shown.some((n) => /Ellison and|Marwick and/.test(n))).toBe(false);
  });
});

describe('a quoted title written once', () => {
  it('is kept whole when the sentence calls it a work', () => {
    const text = `The prize went to “Tides at Harrow Point,” a drama by Lena Vost. Runners-up included the film “Songs for the Ferry” and others.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Tides at Harrow Point');
    expect(shown).toContain('Songs for the Ferry');
  });

  it('is left in parts when nothing calls it a work: it may be a phrase', () => {
    const text = `The minister called the plan “Made in Harrow” and left. Harrow voted later.`;
    expect(names(entitiesOf(text))).not.toContain('Made in Harrow');
  });
});

describe('a French title set in English quotation marks', () => {
  it('is kept whole up to the closing mark (“Les Vagues tombent”)', () => {
    const es = entitiesOf(
      `Avec “Les Vagues tombent”, son deuxième long-métrage, Anna Morel filme Sète. Anna Morel tourne depuis dix ans.`,
      'fr',
    );
    expect(find(es, 'Les Vagues tombent')).toBeDefined();
    expect(names(es)).not.toContain('Les Vagues');
  });
});

describe('a song quoted after a verb that sings it', () => {
  it('keeps its lower-case words, in French and in English', () => {
    const fr = `Au cabaret, elle chantait « Les Quais gris » de Jacques Prévert devant un public conquis.`;
    expect(names(entitiesOf(fr, 'fr'))).toContain('Les Quais gris');
    const en = `At the Blue Note she sang "Blue in the Night" before a small crowd, and Marcus Hale joined her.`;
    expect(names(entitiesOf(en, 'en'))).toContain('Blue in the Night');
  });
});
