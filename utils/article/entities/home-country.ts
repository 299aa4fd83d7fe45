import { keys } from './gazetteer/set';

// Country domains and the keys of the country each names (French, English and the country's own forms, as
// nameKey folds them; Polish ones declined).
const BY_DOMAIN = new Map(
  `fr:france
be:belgique|belgium
ch:suisse|switzerland|schweiz|svizzera
lu:luxembourg
ca:canada
uk:royaume uni|united kingdom|uk|grande bretagne|great britain|britain
ie:irlande|ireland
au:australie|australia
nz:nouvelle zelande|new zealand
de:allemagne|germany|deutschland
at:autriche|austria|osterreich
it:italie|italy|italia
es:espagne|spain|espana
pt:portugal
nl:pays bas|netherlands|nederland
pl:pologne|poland|polska|polski|polsce
br:bresil|brazil|brasil
in:inde|india
za:afrique du sud|south africa
ma:maroc|morocco
dz:algerie|algeria
tn:tunisie|tunisia
sn:senegal`
    .split('\n')
    .map((line) => {
      const [domain = '', countries = ''] = line.split(':');
      return [domain, keys(countries)] as const;
    }),
);

const NONE: ReadonlySet<string> = new Set();

/**
 * Keys of the country a page's address belongs to by its country domain ("lemonde.fr" → France, "bbc.co.uk"
 * → the United Kingdom): the site's home, where most of its stories happen, so rarely what one is about.
 */
export function homeCountry(url: string | undefined): ReadonlySet<string> {
  if (!url) return NONE;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return NONE;
  }
  return BY_DOMAIN.get(host.split('.').at(-1) ?? '') ?? NONE;
}
