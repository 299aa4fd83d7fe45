import { describe, expect, it } from 'vitest';
import { actsIn } from '@/utils/article/entities/acts';
import { isHoliday } from '@/utils/article/entities/holidays';
import { leadSentence } from '@/utils/article/entities/lead-sentence';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { tokenize } from '@/utils/article/entities/tokenize';
import { entitiesOf, find, mentionOf, names, rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

const mention = (after: string[], before: string[] = []) => mentionOf('Ostrava', { before, after });

describe('a name that acts', () => {
  it('takes a name before a finite verb or « a » and a participle for the subject', () => {
    expect(actsIn(mention(['has', 'named']))).toBe(true);
    expect(actsIn(mention(['a', 'rejete']))).toBe(true);
    expect(actsIn(mention(['doit', 'rendre']))).toBe(true);
    // Participles too short for the participle's shape.
    expect(actsIn(mention(['a', 'dit']))).toBe(true);
    expect(actsIn(mention(['a', 'fait']))).toBe(true);
  });

  it('takes neither « à » before a place or a number nor a verb of speaking for an act', () => {
    expect(actsIn(mention(['a', 'lyon']))).toBe(false);
    expect(actsIn(mention(['a', 'deux']))).toBe(false);
    expect(actsIn(mention(['a', 'cette']))).toBe(false);
    expect(actsIn(mention(['said', 'the']))).toBe(false);
    expect(actsIn(mention([',', 'a']))).toBe(false);
  });

  it('takes a name before « lui » or « leur » and a verb, or singled out by « c’est … qui », for the subject', () => {
    expect(actsIn(mention(['lui', 'confie']))).toBe(true);
    expect(actsIn(mention(['leur', 'propose']))).toBe(true);
    expect(actsIn(mention(['qui', 'la'], ['est', 'ce']))).toBe(true);
    expect(actsIn(mention(['who', 'hired'], ['was', 'it']))).toBe(true);
  });

  it('takes neither « lui » before a function word nor a relative « qui » after a complement for an act', () => {
    expect(actsIn(mention(['lui', 'et']))).toBe(false);
    expect(actsIn(mention(['qui', 'a'], ['a', 'vit']))).toBe(false);
    expect(actsIn(mention(['who', 'said'], ['in', 'lives']))).toBe(false);
  });

  it('takes no name after a preposition for the subject of the verb after it', () => {
    // "the NHS in Ostrava has taken", "routes into Ostrava had", « la police judiciaire d'Ostrava ont retrouvé »
    expect(actsIn(mention(['has', 'taken'], ['in', 'nhs']))).toBe(false);
    expect(actsIn(mention(['had', 'increased'], ['into', 'routes']))).toBe(false);
    expect(actsIn(mention(['ont', 'retrouve'], ['de', 'judiciaire']))).toBe(false);
    expect(actsIn(mention(['a', 'promis'], ['du', 'patron']))).toBe(false);
    // The subject itself, after a comma or an article: "In May, Ostrava has…", « Le club Ostrava a… »
    expect(actsIn(mention(['has', 'taken'], [',', 'may']))).toBe(true);
    expect(actsIn(mention(['a', 'promis'], ['club', 'le']))).toBe(true);
  });

  it('puts a company that acts before one named as often in passing', () => {
    const text = `Selon le cabinet Norbel, le marché du fret a reculé de 8 % cette année. Le transporteur Verlane a
reconstruit son entrepôt après l’incendie. Les analystes de Norbel suivent le dossier, car Verlane doit rendre
un rapport en juin, d’après une note de Norbel publiée lundi. Le patron de Verlane a promis des embauches.`;
    const order = names(entitiesOf(text, 'fr'));
    expect(order.indexOf('Verlane')).toBeLessThan(order.indexOf('Norbel'));
  });
});

describe('a capital speaking for its country', () => {
  it('comes after the country when both are named', () => {
    const text = `Moscow rejected the new sanctions on Tuesday. Moscow said they would fail, and Moscow warned of a
response. Officials in Brenhaven said Russia had been warned before. Russia exports oil through Brenhaven.`;
    const order = names(entitiesOf(text));
    expect(order.indexOf('Russia')).toBeLessThan(order.indexOf('Moscow'));
  });

  it('counts a seat of government like a capital', () => {
    const text = `The Kremlin rejected the new sanctions on Tuesday. The Kremlin said they would fail, and the Kremlin
warned of a response. Officials in Brenhaven said Russia had been warned before. Russia exports oil through Brenhaven.`;
    const order = names(entitiesOf(text));
    expect(order.indexOf('Russia')).toBeLessThan(order.indexOf('Kremlin'));
  });

  it('leaves the first five when its country is among them', () => {
    const ranked = [
      rankedEntity('Brenhaven', 'place', 9, { titled: true }),
      rankedEntity('Corvane Group', 'organization', 8),
      rankedEntity('Russia', 'place', 7, { titled: true }),
      rankedEntity('Moscow', 'place', 6.5, { titled: true, speaksFor: 2 }),
      rankedEntity('Ann Lee', 'person', 6),
      rankedEntity('Paul Varenne', 'person', 5),
      rankedEntity('Tallow Bank', 'organization', 4),
    ];
    expect(names(readerOrder(ranked))).toEqual([
      'Brenhaven',
      'Corvane Group',
      'Russia',
      'Ann Lee',
      'Paul Varenne',
      'Moscow',
      'Tallow Bank',
    ]);
    // Ranked after its capital, the country takes the capital's place, and the capital still follows the five.
    const later = ranked.map((r) =>
      r.entity.text === 'Russia' ? { ...r, entity: { ...r.entity, score: 4.5 } } : r,
    );
    expect(names(readerOrder(later)).slice(0, 6)).toEqual([
      'Brenhaven',
      'Corvane Group',
      'Russia',
      'Ann Lee',
      'Paul Varenne',
      'Moscow',
    ]);
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

describe('a holiday', () => {
  it('says when the story happens: it comes after the bodies acting, however often named', () => {
    const text = `Les contrôleurs de la Norvane feront grève avant Noël, a annoncé jeudi le syndicat Fer-Union. Le mouvement
touchera les lignes de Bretagne pendant les fêtes de Noël. Fer-Union demande des embauches, et la direction de la
Norvane propose une prime. Les voyageurs de Noël devront réserver à nouveau, précise la Norvane.`;
    const order = names(entitiesOf(text, 'fr'));
    expect(order.indexOf('Noël')).toBeGreaterThan(order.indexOf('Fer-Union'));
  });

  it('is not a person who bears the name', () => {
    expect(isHoliday('noel')).toBe(true);
    expect(isHoliday('noel gallagher')).toBe(false);
  });
});

describe('a body the first sentence names', () => {
  it('comes before a city named as often in passing', () => {
    const text = `The Harwell Port Authority approved a new ferry terminal on Monday. Crews from Lindmoor will start work
in spring, and Lindmoor hauliers welcomed the news. Residents of Ashby said they feared more lorries. The Harwell
Port Authority said the terminal would open in 2028.`;
    const order = names(entitiesOf(text));
    expect(order.indexOf('Harwell Port Authority')).toBeLessThan(order.indexOf('Lindmoor'));
  });

  it('does not lift a place the first sentence names', () => {
    const lead = rankedEntity('Lindmoor', 'place', 7, { lead: true, once: false });
    const body = rankedEntity('Harwell Port Authority', 'organization', 5, { lead: true });
    expect(names(readerOrder([lead, body]))).toEqual(['Harwell Port Authority', 'Lindmoor']);
  });
});

describe('a person the first sentence names', () => {
  it('comes before a place named more often later', () => {
    const text = `Councillor Ida Marsh forced a vote on the Kelvane bus contract on Monday. The Kelvane Transit Board had
delayed the contract for months, and the Kelvane Transit Board says the money is not there. Riders in Dunmore
and Ashby have waited since March; Dunmore officials backed the vote. The Kelvane Transit Board will meet again
in May, and Dunmore expects an answer.`;
    const order = names(entitiesOf(text));
    expect(order.indexOf('Ida Marsh')).toBeLessThan(order.indexOf('Dunmore'));
  });

  it('is taken from the first sentence outside headline lines', () => {
    const tokens = tokenize(
      'THE KELVANE VOTE\nIda Marsh forced a vote on the contract. Dunmore backed it.',
      new Set(),
      new Set(),
    );
    // What markLines finds of a line in capitals.
    for (const t of tokens) t.headline = t.line === 0;
    const lead = leadSentence(tokens);
    expect(tokens.find((t) => t.text === 'Ida')?.sentence).toBe(lead);
    expect(tokens.find((t) => t.text === 'Dunmore')?.sentence).not.toBe(lead);
  });

  it('is not a label line nor a few words before the story', () => {
    const tokens = tokenize(
      'Tested by: Ana Ruiz\nLONDON 1996-08-30\nIda Marsh forced a vote on the contract. Dunmore backed it.',
      new Set(),
      new Set(),
    );
    expect(leadSentence(tokens)).toBe(tokens.find((t) => t.text === 'Ida')?.sentence);
  });
});
