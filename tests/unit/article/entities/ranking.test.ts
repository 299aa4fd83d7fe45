import { describe, expect, it } from 'vitest';
import type { Entity } from '@/utils/article/entities';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('the order a reader expects', () => {
  it('puts what the title and the lead name first, credits never and passing mentions last', () => {
    const text = `Photo: Getty Images
Harbour authority Portvale fined the shipping line Kestrel Lines on Monday for polluting the bay.
Portvale said Kestrel Lines had ignored three warnings. The fine, a record, follows a complaint from Gullhaven,
a fishing town nearby. Kestrel Lines will appeal, its lawyer Tom Brandt said in Oslo. Portvale officials said the
bay was recovering. Credit Getty Images`;
    const es = entitiesOf(text, 'en', 'Portvale fines Kestrel Lines over bay pollution');
    expect(names(es).slice(0, 2).sort()).toEqual(['Kestrel Lines', 'Portvale']);
    // A credit opened by its word ("Photo:", "Credit") names no entity of the article (see picture-credits.ts).
    expect(names(es)).not.toContain('Getty Images');
    expect(names(es)).toContain('Tom Brandt');
  });

  it('never opens the list with a nationality word', () => {
    const text = `American officials and American diplomats met in Rome. The American side said Rome was helpful.
American experts will return to Rome, said Clara Benn. Benn works in Geneva.`;
    const es = entitiesOf(text);
    expect(names(es)[0]).not.toBe('American');
  });
});

describe('the title names an entity by its short form', () => {
  it('counts a surname or an institution’s head word in the title for the full name', () => {
    const text = `Le projet de loi a été adopté mardi par les députés. L’Assemblée nationale l’examinait depuis mars, et la
Commission des finances l’avait amendé. Le texte ira ensuite au Sénat. Jeanne Morvan, rapporteure, s’en félicite.
Le Conseil d’Etat avait rendu un avis. La Commission des finances reprendra le texte, et la Commission des
finances publiera son rapport.`;
    const without = entitiesOf(text, 'fr');
    const withTitle = entitiesOf(text, 'fr', 'Le projet de loi approuvé à l’Assemblée, Morvan satisfaite');
    const score = (es: Entity[], name: string): number => find(es, name)?.score ?? 0;
    expect(score(withTitle, 'Assemblée nationale')).toBeGreaterThan(score(without, 'Assemblée nationale'));
    expect(score(withTitle, 'Jeanne Morvan')).toBeGreaterThan(score(without, 'Jeanne Morvan'));
  });
});

describe('places in parentheses', () => {
  it('counts a country after an athlete in a results list fully, an agency in parentheses little', () => {
    const text = `Results of the women's sprint in Lunden on Sunday:
1. Mara Keel ( Norway ) 11.02
2. Ilse Dorn ( Austria ) 11.10
3. Pia Lund ( Norway ) 11.15
4. Ada Ross ( Norway ) 11.20
5. Gwen Hale ( Austria ) 11.31
LUNDEN (Reuters) - Keel won again. (Reuters) Keel said she felt fine. (Reuters)`;
    const es = entitiesOf(text);
    expect(names(es).indexOf('Norway')).toBeLessThan(names(es).indexOf('Reuters'));
    expect(names(es).indexOf('Norway')).toBeLessThan(names(es).indexOf('Pia Lund'));
    expect(names(es).indexOf('Austria')).toBeLessThan(names(es).indexOf('Gwen Hale'));
  });

  it('shows a country named mostly in brackets after the riders it qualifies', () => {
    const text = `Tour de Valdor, quatrième étape, Brenne-Sarvel : 1. Jan Oostel (Belgique) ; 2. Piet Varn (Belgique) ;
3. Luca Ferrandi (Italie). Au Tour de Valdor, Oostel prend la tête. Le Tour de Ravelle part de Sarvel lundi.
Handball : la Suisse rencontre le Danemark à Sarvel. La Suisse a battu le Danemark l’an dernier.`;
    const order = names(entitiesOf(text, 'fr'));
    expect(order).toContain('Belgique');
    expect(order.indexOf('Belgique')).toBeGreaterThan(order.indexOf('Piet Varn'));
    expect(order.indexOf('Belgique')).toBeGreaterThan(order.indexOf('Luca Ferrandi'));
    // A country named in the text as well as in brackets is a subject like any other.
    const named = names(entitiesOf(`${text} La Belgique gagne. La Belgique domine.`, 'fr'));
    expect(named.indexOf('Belgique')).toBeLessThan(named.indexOf('Piet Varn'));
  });
});

describe('photo credits', () => {
  // Texts written for these tests (not taken from any corpus).
  it('trims "File Photo" from a credit and counts the credit little', () => {
    const text = `Residents queue at a new clinic in Tarvik. (Photo Credit : KNA File Photo ) The clinic in Tarvik was
licensed last year, and officials from Brennholt checked it twice, said Mira Holt.`;
    const order = names(entitiesOf(text));
    expect(order).not.toContain('KNA File Photo');
    expect(order.indexOf('Mira Holt')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('KNA')).toBeGreaterThan(order.indexOf('Mira Holt'));
  });
});

describe('salience and the order shown', () => {
  // Texts written for these tests (not taken from any corpus).
  it('ranks a name the article repeats above names listed once in passing', () => {
    const text = `The Ardley film festival opened on Friday with films shot in Port Alba, Glen Morrow, Cape Linden, East Farley,
North Tarring, Old Selby, Upper Wexcombe, West Yarrow, Long Ashby, Great Brackley and Little Dunmore. The
organisers said more than two hundred films had been sent in this year, twice as many as last year. Tickets sold
out within a week, and extra screenings were added on Sunday. The jury, chaired by a retired editor, met for
three days. Its prize went to a short film about a lighthouse keeper by Marta Kovel, a first-time director.
Kovel said she had filmed it with a borrowed camera.`;
    const es = entitiesOf(text);
    const kovel = find(es, 'Marta Kovel');
    expect(names(es).indexOf('Marta Kovel')).toBeLessThan(10);
    const once = es.filter((e) => e.count === 1);
    expect(once.length).toBeGreaterThanOrEqual(10);
    for (const e of once) expect(kovel?.score).toBeGreaterThan(e.score);
  });

  it('shows the name the article opens with before one it brings in late, even when that one is named more', () => {
    const text = `The coal miner Harlow Mining will close its pit near the river by the end of the year, it said on Friday.
The owner, Harlow Mining, blamed falling coal prices and the cost of new safety rules. The pit opened in 1961 and
once employed two thousand people; about four hundred work there today. Some will be offered jobs at other sites,
others a redundancy payment. The town council said it would ask the regional government for help.
Union leader Dena Voss called the decision a betrayal. Voss said workers had accepted a pay freeze last year to
keep the pit open. Voss added that the union would meet on Monday, and Voss promised a vote on a strike.`;
    const es = entitiesOf(text);
    expect(find(es, 'Dena Voss')?.score).toBeGreaterThan(find(es, 'Harlow Mining')?.score ?? 0);
    expect(names(es).slice(0, 2)).toEqual(['Harlow Mining', 'Dena Voss']);
  });

  it('shows a city the title does not name after the company the story is about', () => {
    const text = `In Rotterdam, a new factory for plant-based milk will be built by the dairy group Tessaly Foods. The plant,
on a former shipyard in Rotterdam, will employ three hundred people when it opens next year, said a spokesman
for Tessaly Foods. The port of Rotterdam offered the land at a low price. Tessaly Foods already runs two
smaller plants and wants to double its sales. The mayor of Rotterdam welcomed the news.`;
    const es = entitiesOf(text);
    expect(find(es, 'Rotterdam')?.type).toBe('place');
    expect(find(es, 'Rotterdam')?.score).toBeGreaterThan(find(es, 'Tessaly Foods')?.score ?? 0);
    expect(names(es).slice(0, 2)).toEqual(['Tessaly Foods', 'Rotterdam']);
    // The title naming the city makes it a subject again.
    expect(names(entitiesOf(text, 'en', 'A milk plant for Rotterdam'))[0]).toBe('Rotterdam');
  });
});

describe('a capital the title names for its government', () => {
  it('puts the country the first sentence names before its capital', () => {
    const text = `La Norvège a convoqué lundi l’ambassadeur de Russie, après le survol de ses îles par deux bombardiers
russes. Oslo dénonce une provocation. Le Premier ministre, Henrik Solvang, a demandé des explications à la Russie.
Oslo attend une réponse de Moscou. La Norvège informera ses alliés.`;
    const es = entitiesOf(text, 'fr', 'Oslo convoque l’ambassadeur russe');
    expect(names(es).indexOf('Norvège')).toBeLessThan(names(es).indexOf('Oslo'));
  });
});
