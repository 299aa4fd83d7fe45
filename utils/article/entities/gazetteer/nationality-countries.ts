// The nationality adjectives news writes most, with their countries: demonyms.ts counts them among its
// nationality words, setting.ts reads a country off them ("Chinese hackers" names China).
import { keys } from './set';

// Nationality adjectives (English; French in the masculine singular) and the keys of the country they name.
const ADJECTIVES = `american americain:etats unis|united states|us|usa
chinese chinois:chine|china
russian russe:russie|russia
french francais:france
german allemand:allemagne|germany
british britannique:royaume uni|united kingdom|uk|grande bretagne|great britain|britain
italian italien:italie|italy
spanish espagnol:espagne|spain
japanese japonais:japon|japan
ukrainian ukrainien:ukraine
iranian iranien:iran
israeli israelien:israel
indian indien:inde|india
turkish turc:turquie|turkey
canadian canadien:canada
mexican mexicain:mexique|mexico
brazilian bresilien:bresil|brazil
australian australien:australie|australia
syrian syrien:syrie|syria
iraqi irakien:irak|iraq
afghan afghan:afghanistan
pakistani pakistanais:pakistan
saudi saoudien:arabie saoudite|saudi arabia
egyptian egyptien:egypte|egypt
moroccan marocain:maroc|morocco
algerian algerien:algerie|algeria
tunisian tunisien:tunisie|tunisia
lebanese libanais:liban|lebanon
polish polonais:pologne|poland
greek grec:grece|greece
portuguese portugais:portugal
dutch neerlandais:pays bas|netherlands
swedish suedois:suede|sweden
belgian belge:belgique|belgium
swiss suisse:suisse|switzerland`;

const LINES = ADJECTIVES.split('\n').map((line) => {
  const [adjectives = '', countries = ''] = line.split(':');
  return { adjectives: adjectives.split(' '), countries: keys(countries) };
});
const byAdjective = (at: number): ReadonlyMap<string, ReadonlySet<string>> =>
  new Map(LINES.map((l) => [l.adjectives[at] ?? '', l.countries] as const));

/** English nationality adjectives and the keys of the country each names: "chinese" → china. */
export const ENGLISH_COUNTRIES = byAdjective(0);
/** French ones, masculine singular: « chinois » → chine. */
export const FRENCH_COUNTRIES = byAdjective(1);
