import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

const anaphors = (text: string, lang = 'en', title?: string) => {
  const ranked = rankedCandidates(text, { lang, title });
  return (name: string) => ranked.find((r) => r.entity.text === name)?.anaphors;
};

describe('a body the text calls by its head noun', () => {
  it('counts each "the council" after the body is named, when no other body holds the noun', () => {
    const of = anaphors(`Brenmoor City Council closed the Harwick library on Monday, Ann Lee told reporters.
The council said the building was unsafe. Lee added that the council had no money left. The council will meet
again in May.`);
    expect(of('Brenmoor City Council')).toBe(3);
  });

  it('counts « le tribunal » in French', () => {
    const of = anaphors(
      `Le Tribunal administratif de Morvelin a suspendu l'arrêté jeudi. Selon le tribunal, la mesure était mal
motivée. Le maire Paul Varenne a annoncé qu'il ferait appel devant le tribunal.`,
      'fr',
    );
    expect(of('Tribunal administratif de Morvelin')).toBe(2);
  });

  it('counts nothing when two bodies hold the noun, or before the body is named', () => {
    const two = anaphors(
      'On Monday, Brenmoor City Council closed the Harwick library, Ann Lee said. Tallow District Council kept ' +
        'its own open. The council said it would hold. Brenmoor City Council and Tallow District Council meet in May.',
    );
    expect(two('Brenmoor City Council')).toBe(0);
    expect(two('Tallow District Council')).toBe(0);
    const before =
      anaphors(`The council met on Monday, and Brenmoor City Council closed the Harwick library, Ann
Lee said.`);
    expect(before('Brenmoor City Council')).toBe(0);
  });

  it('gives the firm the title names « l’entreprise », a noun no body of the text holds', () => {
    const text = `Les salariés du groupe Corvane ont appris mardi la fermeture du site de Dunmore. L'entreprise
invoque la baisse des commandes. Selon Ann Lee, l'entreprise avait prévenu en mars. Les élus demandent à Corvane de
revoir son plan.`;
    expect(anaphors(text, 'fr', 'Corvane ferme son site de Dunmore')('Corvane')).toBe(2);
    // Named by neither the title nor the first sentence, the firm is not the story's subject.
    const later = `Les salariés ont appris mardi la fermeture du site de Dunmore. L'entreprise invoque la baisse des
commandes. Les élus demandent au groupe Corvane de revoir son plan, et à Corvane de payer.`;
    expect(anaphors(later, 'fr', 'Un site ferme à Dunmore')('Corvane')).toBe(0);
  });
});

describe('a bill, a bridge or a festival the text calls by its noun', () => {
  it('counts each "the bill" after the bill is named in full', () => {
    const of =
      anaphors(`The Harwick Rivers Protection Bill passed its second reading on Tuesday, Ann Lee said.
Under the bill, farms would report every spill. Critics said the bill went too far. The bill now goes to committee.`);
    expect(of('Harwick Rivers Protection Bill')).toBe(3);
  });

  it('counts « le pont » in French, and nothing when two things hold the noun', () => {
    const one = anaphors(
      `Le pont de Morvelin restera fermé jusqu'en mai, a annoncé Paul Varenne jeudi. Le pont avait été inspecté
en mars. Les riverains demandent que le pont rouvre plus tôt.`,
      'fr',
    );
    expect(one('pont de Morvelin')).toBe(2);
    const two = anaphors(
      `Le pont de Morvelin restera fermé, comme le pont de Tallane, a annoncé Paul Varenne jeudi. Le pont avait
été inspecté en mars.`,
      'fr',
    );
    expect(two('pont de Morvelin')).toBe(0);
  });
});

describe('the reader’s order', () => {
  it('brings a body named again by its head noun before a name as salient met once', () => {
    const body = rankedEntity('Brenmoor City Council', 'organization', 2.5, { anaphors: 2 });
    const person = rankedEntity('Ann Lee', 'person', 3.4);
    expect(readerOrder([person, body]).map((e) => e.text)).toEqual(['Brenmoor City Council', 'Ann Lee']);
    expect(readerOrder([person, { ...body, anaphors: 0 }]).map((e) => e.text)).toEqual([
      'Ann Lee',
      'Brenmoor City Council',
    ]);
  });
});

describe('a head the text calls by their role', () => {
  it('counts each "the minister" after naming the one minister of the text', () => {
    const of =
      anaphors(`Interior Minister Ann Corrow ordered a review of the Harwick prison on Monday. The minister
said the review would take a month. Critics asked the minister to resign.`);
    expect(of('Ann Corrow')).toBe(2);
  });

  it('counts nothing when two heads hold the role', () => {
    const of =
      anaphors(`Interior Minister Ann Corrow met Paul Dersley, the finance minister, on Monday in Harwick.
The minister said the talks went well. Dersley agreed.`);
    expect(of('Ann Corrow')).toBe(0);
    expect(of('Paul Dersley')).toBe(0);
  });
});
