import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';

// Texts written for these tests (not taken from any corpus).

const names = (text: string, title: string, lang: string): string[] =>
  extractEntities(text, { lang, title }).map((e) => e.text);

describe('names only the title gives', () => {
  const obituary = `Odile Marchal est morte lundi à Lyon, a annoncé sa famille. Odile Marchal avait tourné avec Claude
Sautet et Maurice Pialat. Maurice Pialat la dirigeait encore en 1980 à Lyon, où elle avait grandi.`;

  it('lists a name of several capitalised words the body never repeats, among the first ten', () => {
    const list = names(obituary, 'Odile Marchal, la voix du Cinéma Vérité, est morte', 'fr');
    expect(list).toContain('Cinéma Vérité');
    expect(list.indexOf('Cinéma Vérité')).toBeLessThan(10);
  });

  it('lists a known body the title opens with', () => {
    const report = `Dax a battu Agen samedi soir au stade Maurice-Boyau. Dax reste invaincu à domicile, Agen recule.
L'ouvreur de Dax, Paul Lartigue, a inscrit dix-sept points.`;
    expect(names(report, 'Top 14 : Dax bat Agen au bout du suspense', 'fr')).toContain('Top 14');
    // The lower divisions of French rugby league and football, a word and a small number.
    expect(names(report, 'Elite 1 : Dax bat Agen au bout du suspense', 'fr')).toContain('Elite 1');
    expect(names(report, 'National 3 : Dax bat Agen au bout du suspense', 'fr')).toContain('National 3');
  });

  it('keeps out the title’s opening words and the capitals of a Title Case headline', () => {
    const text = `The results of the state swim meet in Wichita were posted on Monday. Ben Holt of Wichita won the relay,
and Sam Ortiz of Salina came second in the results.`;
    const sentence = names(text, 'Winter Swim Results: Holt wins in Wichita', 'en');
    expect(sentence).not.toContain('Winter Swim Results');
    const titleCase = names(text, 'Holt Wins Relay at Winter Swim Meet in Wichita', 'en');
    expect(titleCase).not.toContain('Winter Swim Meet');
  });

  it('adds nothing the body already names, nor the site naming itself', () => {
    const list = names(obituary, 'Odile Marchal, l’actrice de Pialat, est morte', 'fr');
    expect(list.filter((n) => n.includes('Pialat'))).toEqual(['Maurice Pialat']);
    const own = extractEntities(obituary, {
      lang: 'fr',
      title: 'Odile Marchal vue par Ciné Revue Hebdo',
      site: 'Ciné Revue Hebdo',
    });
    expect(own.map((e) => e.text)).not.toContain('Ciné Revue Hebdo');
  });

  it('adds no acronym of a name the body spells out', () => {
    const text = `Les ministres de l'Union européenne se sont réunis lundi à Bruxelles. L'Union européenne doit trancher
d'ici jeudi, a indiqué Karel Vandamme, le ministre belge. Berlin et Paris soutiennent le projet, La Haye hésite
encore. Karel Vandamme attend des garanties de Varsovie.`;
    const list = names(text, 'Avoirs gelés : l’UE s’approche d’un accord', 'fr');
    expect(list).toContain('Union européenne');
    expect(list).not.toContain('UE');
    expect(names(text, 'Avoirs gelés : la BCE s’approche d’un accord', 'fr')).toContain('BCE');
  });
});

describe('a known town the title names and the body writes only inside longer names', () => {
  const story = `Le conseil municipal de Rennes a voté lundi la rénovation du marché couvert. Rennes Métropole paiera un
tiers des travaux, selon Maud Kerlan, adjointe au commerce. Maud Kerlan promet une réouverture en 2028.`;

  it('lists the town', () => {
    expect(names(story, 'Rennes : le marché couvert fermé deux ans', 'fr')).toContain('Rennes');
  });

  it('leaves it out when the title writes the longer name', () => {
    expect(names(story, 'Rennes Métropole paiera le marché couvert', 'fr')).not.toContain('Rennes');
  });

  it('leaves a region out when the body writes a longer place holding it', () => {
    const spying = `Des pirates ont visé des agences en Europe occidentale et aux États-Unis, selon Microsoft. Microsoft
a corrigé la faille, a indiqué Lena Brandt, porte-parole de Microsoft.`;
    expect(names(spying, 'Des pirates espionnent les États-Unis et l’Europe', 'fr')).not.toContain('Europe');
  });
});

describe('a town the gazetteer lacks, opening a local headline before a full stop', () => {
  const story = `Le conseil municipal de Kervoëlan a voté lundi la fermeture de la halle. Kervoëlan Communauté paiera
la démolition, selon Maud Kerlan, adjointe au commerce. Maud Kerlan promet une nouvelle halle en 2028.`;

  it('is listed as a place when the body names a body of that town', () => {
    const es = extractEntities(story, { lang: 'fr', title: 'Kervoëlan. La halle fermera en juin' });
    expect(es.find((e) => e.text === 'Kervoëlan')?.type).toBe('place');
  });

  it('is not when the body names no body of it', () => {
    const plain = 'Maud Kerlan a voté lundi la fermeture de la halle. Maud Kerlan promet une nouvelle halle.';
    expect(names(plain, 'Kervoëlan. La halle fermera en juin', 'fr')).not.toContain('Kervoëlan');
  });
});
