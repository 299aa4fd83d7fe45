import { aliasOf } from './aliases';
import { keys } from './gazetteer/set';
import type { EntityGroup } from './group';
import { namedIn } from './lead-sentence';
import type { RankedEntity } from './reader-order';

// National capitals news uses for their governments ("Washington warned", « Moscou a rejeté »), and seats of
// government used the same way ("the Kremlin denied", "Downing Street said"), with the keys of the country each
// speaks for, folded like nameKey (French and English forms; other forms such as "US" or
// "Britain" come through aliases.ts).
const CAPITALS = `washington:united states|etats unis
moscow|moscou:russia|russie
beijing|pekin:china|chine
london|londres:united kingdom|royaume uni
paris:france
berlin:germany|allemagne
tokyo:japan|japon
kyiv|kiev:ukraine
budapest:hungary|hongrie
ankara:turkey|turquie|turkiye
tehran|teheran:iran
riyadh|riyad:saudi arabia|arabie saoudite
damascus|damas:syria|syrie
baghdad|bagdad:iraq|irak
kabul:afghanistan
islamabad:pakistan
new delhi|delhi:india|inde
seoul:south korea|coree du sud|korea|coree
pyongyang:north korea|coree du nord
taipei:taiwan
ottawa:canada
canberra:australia|australie
rome:italy|italie
madrid:spain|espagne
warsaw|varsovie:poland|pologne
minsk:belarus|bielorussie
tbilisi:georgia|georgie
cairo|le caire:egypt|egypte
algiers|alger:algeria|algerie
rabat:morocco|maroc
tunis:tunisia|tunisie
havana|la havane:cuba
caracas:venezuela
brasilia:brazil|bresil
bern|berne:switzerland|suisse
copenhagen|copenhague:denmark|danemark
stockholm:sweden|suede
oslo:norway|norvege
helsinki:finland|finlande
vienna|vienne:austria|autriche
athens|athenes:greece|grece
lisbon|lisbonne:portugal
kremlin:russia|russie
white house|maison blanche:united states|etats unis
downing street:united kingdom|royaume uni`;

const BY_CAPITAL = new Map(
  CAPITALS.split('\n').flatMap((line) => {
    const [capitals = '', countries = ''] = line.split(':');
    const set = keys(countries);
    return capitals.split('|').map((c) => [c, set] as const);
  }),
);

/**
 * The groups that name a capital whose country the article names too ("Moscou" beside « la Russie »): the
 * capital speaks for its government there, and the country is the subject a reader retains. Returns, for each
 * such capital's index, the index of its country's group.
 */
export function capitalsOfNamedCountries(groups: readonly EntityGroup[]): Map<number, number> {
  const countryAt = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const k of g.keys) countryAt.set(aliasOf(k) ?? k, i);
  });
  const found = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const k of g.keys) {
      const country = [...(BY_CAPITAL.get(k) ?? [])]
        .map((c) => countryAt.get(c))
        .find((j) => j !== undefined);
      if (country !== undefined && country !== i) found.set(i, country);
    }
  });
  return found;
}

/**
 * A capital the title names still speaks for its country when the first sentence names the country and not the
 * capital: « Copenhague rappelle son ambassadeur » opening on « Le Danemark a annoncé… ». A title naming a city
 * its lead names too is about the city ("Delhi air pollution").
 */
export const countryLeads = (capital: EntityGroup, country: EntityGroup | undefined, lead: number): boolean =>
  country !== undefined && namedIn(country, lead) && !namedIn(capital, lead);

// Each time a capital speaks for its government, its country is named too: half a mention of the country.
const LENT = 0.5;

/**
 * The entities with each country credited with its capital's mentions (`told`, datelines left out: where the
 * reporter was says nothing of the government), when the capital speaks for it (see `capitalsOfNamedCountries`).
 */
export function lendToCountries(ranked: RankedEntity[], told: readonly number[]): RankedEntity[] {
  const lent = new Map<number, number>();
  ranked.forEach((r, i) => {
    if (r.speaksFor !== undefined)
      lent.set(r.speaksFor, (lent.get(r.speaksFor) ?? 0) + LENT * (told[i] ?? 0));
  });
  return ranked.map((r, i) => {
    const more = lent.get(i);
    return more
      ? { ...r, entity: { ...r.entity, score: Math.round((r.entity.score + more) * 100) / 100 } }
      : r;
  });
}
