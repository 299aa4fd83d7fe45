import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a company named by its last word', () => {
  it('takes "Enterprise", "Enterprises" or "Railway" closing a longer name', () => {
    const text = `Marrow Hewitt Enterprise cut 300 jobs on Monday, and Quarry Vale Railway cancelled trains. Shares in
      Tarvik Enterprises fell.`;
    expect(typeOf(text, 'Marrow Hewitt Enterprise')).toBe('organization');
    expect(typeOf(text, 'Quarry Vale Railway')).toBe('organization');
    expect(typeOf(text, 'Tarvik Enterprises')).toBe('organization');
  });

  it('says nothing of the word alone', () => {
    const text = `The Enterprise sailed from Norfolk on Monday. Planes left the Enterprise at dawn.`;
    expect(typeOf(text, 'Enterprise')).not.toBe('organization');
  });
});

describe('a body or a broadcaster named by a word of its name', () => {
  it('takes "Treasury" closing a longer name, "Desk" closing a newsroom’s', () => {
    const text = `Orland Treasury sold a bond on Monday, and Orland Treasury will sell another in May. Reporting by
      the Kelby Energy Desk; the Kelby Energy Desk can be reached by phone.`;
    expect(typeOf(text, 'Orland Treasury')).toBe('organization');
    expect(typeOf(text, 'Kelby Energy Desk')).toBe('organization');
  });

  it('keeps "the Treasury" a name', () => {
    const text = `Bond yields fell after the Treasury said it would borrow less. The Treasury meets again in May.`;
    expect(typeOf(text, 'Treasury')).toBeDefined();
  });

  it('takes "Radio" or "TV" opening a name', () => {
    const text = `Rebels seized Radio Vesna on Monday. Radio Vesna later broadcast a statement, and TV Marrow showed it.`;
    expect(typeOf(text, 'Radio Vesna')).toBe('organization');
  });
});

describe('"Capital" closing a name', () => {
  it('names an investment firm', () => {
    const text =
      'The round was led by Kalinda Capital, and Kalinda Capital partner Ravi Menon joined the board in Pune.';
    expect(entitiesOf(text).find((e) => e.text === 'Kalinda Capital')?.type).toBe('organization');
  });
});

describe('a French company named by its trade or called a company', () => {
  const typeFr = (text: string, name: string): string | undefined => find(entitiesOf(text, 'fr'), name)?.type;

  it('takes a trade noun opening the name, though the text shortens it to a surname-shaped word', () => {
    const text = `Le bénéfice d'Alimentation Marcoux-Tardif recule. Marcoux-Tardif exploite 900 magasins. Elle compte
      3 000 employés. Les ventes de Transports Vernay reculent aussi ; Vernay emploie 900 chauffeurs.`;
    expect(typeFr(text, 'Alimentation Marcoux-Tardif')).toBe('organization');
    expect(typeFr(text, 'Transports Vernay')).toBe('organization');
  });

  it('takes a name the page calls « la chaîne » or « la société », no given name opening it', () => {
    const text = `La chaîne Brossard Lemieux ouvre douze magasins cette année. Brossard Lemieux exploite déjà 140
      points de vente. Selon Lemieux, la demande reste forte.`;
    expect(typeFr(text, 'Brossard Lemieux')).toBe('organization');
  });

  it('keeps a person whose given name opens the name', () => {
    const text = `Le groupe a nommé Paul Vernay à sa tête. Paul Vernay dirigeait la filiale. Selon Vernay, la demande
      reste forte.`;
    expect(typeFr(text, 'Paul Vernay')).toBe('person');
  });
});

describe('a French trade noun and the town it serves', () => {
  it('keeps « Électricité de Molsheim » whole, a company, not the town', () => {
    const es = entitiesOf(
      'Les travaux seront confiés à Électricité de Molsheim, gestionnaire du réseau, a indiqué Paul Meyer.',
      'fr',
    );
    expect(find(es, 'Électricité de Molsheim')?.type).toBe('organization');
    expect(find(es, 'Molsheim')).toBeUndefined();
  });

  it('leaves « de » and a town after a word that opens no company', () => {
    const es = entitiesOf('Le maire de Strasbourg, Paul Meyer, a signé la convention lundi.', 'fr');
    expect(find(es, 'Strasbourg')?.type).toBe('place');
  });
});
