import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { quotedWorks } from '@/utils/article/entities/titled-works';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a work quoted in the headline is read whole in the body', () => {
  const title = 'Festival de Locarno : le Léopard d’or pour « Les Jours gris » de Marion Keller';
  const text = `Samedi soir, la cinéaste Marion Keller a reçu le prix pour Les Jours gris, son premier film. Produit à Genève, Les Jours gris sortira en mars. « Je suis heureuse », a dit Marion Keller.`;

  it('keeps the lower-case words of the title', () => {
    const es = entitiesOf(text, 'fr', title);
    expect(find(es, 'Les Jours gris')).toBeDefined();
    expect(names(es)).not.toContain('Les Jours');
  });

  it('leaves the body as it was without a quoted title', () => {
    expect(names(entitiesOf(text, 'fr', 'Marion Keller primée à Locarno'))).not.toContain('Les Jours gris');
  });
});

describe('quotedWorks', () => {
  it('takes short quotations that open with a capital and hold a lower-case word', () => {
    expect(quotedWorks('Cannes : « La Nuit bleue » primée')).toEqual([['La', 'Nuit', 'bleue']]);
  });

  it('leaves long sentences, one word, names in capitals throughout and punctuation', () => {
    expect(quotedWorks('« Nous ne lâcherons rien face à la direction du port »')).toEqual([]);
    expect(quotedWorks('« Dune » en tête')).toEqual([]);
    expect(quotedWorks('« Star Wars » revient')).toEqual([]);
    expect(quotedWorks('« Tout va bien, merci »')).toEqual([]);
  });
});

describe('a French title the headline quotes with its article', () => {
  const text = `Le point de départ des Veilleurs de sel, un album de 96 pages, est simple, a dit Anna Verhulst. Anna
Verhulst a dessiné les Veilleurs de sel en deux ans, chez Varnier.`;
  // The body sets the title in italics without its article, as « des » and « les » hold it.
  const read = (title: string) =>
    extractEntities(text, { lang: 'fr', title, emphasis: ['Veilleurs de sel'] });

  it('is shown with its article, though the body drops it (« des Veilleurs de sel »)', () => {
    const es = read('«Les Veilleurs de sel», d’Anna Verhulst: un polar');
    expect(names(es)).toContain('Les Veilleurs de sel');
    expect(names(es)).not.toContain('Veilleurs de sel');
  });

  it('is shown as the body writes it when the headline does not quote it', () => {
    expect(names(read('Un polar d’Anna Verhulst'))).toContain('Veilleurs de sel');
  });

  it('keeps a one-word work the title quotes, though the text writes the word in lower case too', () => {
    const title = '« Houles », de Léa Morvan : douze danseurs face à la mer';
    const es = entitiesOf(
      `Les danseurs entrent. Pendant une heure, Houles ne lâche plus le public. Les houles montent. Houles est sa première pièce.`,
      'fr',
      title,
    );
    expect(names(es)).toContain('Houles');
    const plain = entitiesOf(
      `Les danseurs entrent. Pendant une heure, Houles ne lâche plus le public. Les houles montent. Houles est sa première pièce.`,
      'fr',
      'Douze danseurs face à la mer',
    );
    expect(names(plain)).not.toContain('Houles');
  });
});
