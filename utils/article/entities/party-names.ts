import { keys } from './gazetteer/set';
import type { EntityGroup } from './group';

// Well-known political parties, folded (with and without their article: « Les Républicains », "the Tories").
const PARTIES = keys(`labour|labour party|conservative party|tories|democratic party|republican party|gop|
democrats|republicans|lib dems|liberal democrats|snp|reform uk|green party|ukip|sinn fein|dup|fianna fail|
fine gael|liberal party|ndp|bjp|congress party|likud|ennahda|anc|fidesz|cdu|spd|afd|csu|fdp|psoe|podemos|pis|
rassemblement national|front national|les republicains|republicains|parti socialiste|parti communiste|pcf|
france insoumise|la france insoumise|lfi|rn|lr|ps|eelv|europe ecologie les verts|les ecologistes|modem|lrem|
la republique en marche|reconquete|udi|ump|nouveau front populaire`);

// Named more often, the party is what the story is about (a leadership race, a coalition's collapse).
const IN_PASSING = 2;

/**
 * A party named once or twice: a side the story quotes (« le Rassemblement national dénonce », "opposed by the
 * Tories"), background to the bodies and people who act, like the story's setting.
 */
export const partyInPassing = (g: EntityGroup): boolean =>
  g.mentions.length <= IN_PASSING && [...g.keys].some((k) => PARTIES.has(k));
