import { actsIn } from './acts';
import { keys } from './gazetteer/set';
import type { EntityGroup } from './group';
import { STOPWORDS } from './lexicon';
import { isMemberWord } from './member-words';
import type { Mention } from './mention';

// Well-known political parties, folded (with and without their article: « Les Républicains », "the Tories").
const PARTIES = keys(`labour|labour party|conservative party|tories|democratic party|republican party|gop|
democrats|republicans|lib dems|liberal democrats|snp|reform uk|green party|ukip|sinn fein|dup|fianna fail|
fine gael|liberal party|ndp|bjp|congress party|likud|ennahda|anc|fidesz|cdu|spd|afd|csu|fdp|psoe|podemos|pis|
rassemblement national|front national|les republicains|republicains|parti socialiste|parti communiste|pcf|
france insoumise|la france insoumise|lfi|rn|lr|ps|eelv|europe ecologie les verts|les ecologistes|modem|lrem|
la republique en marche|reconquete|udi|ump|nouveau front populaire|udc|plr|pdc|pss|vert liberaux|
bloc quebecois|parti quebecois|caq|conservative|conservatives|liberal|liberals|new democrats`);

/**
 * Every name of the group is a party's ("Labour", "the Conservative caucus") or its members' ("Tories",
 * "Conservatives split"): a body or the people it counts, never a person, though a role or a name stands beside it.
 */
export const namesPartyOnly = (g: EntityGroup): boolean =>
  [...g.keys].every((k) => PARTIES.has(k) || isMemberWord(k));

// Named more often, the party is what the story is about (a leadership race, a coalition's collapse).
const IN_PASSING = 2;
// Named up to so often but never acting, and mostly as an adjective, it labels the politicians and votes the story
// tells of.
const AS_LABEL = 4;

/** "Conservative MP", "Liberal backbenchers", "the Democratic Party leader": the party qualifies the noun after it. */
const adjectival = (m: Mention): boolean => {
  const next = m.after[0] ?? '';
  return /^\p{L}/u.test(next) && !STOPWORDS.has(next);
};

// Who speaks for a party: "Sinn Féin's housing spokesperson said", "Labour's leader told".
const SPEAKERS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'leader']);

/** "Sinn Féin's housing spokesperson", "Labour's leader": the party owns its speaker's words, so it acts. */
const speaksThrough = (m: Mention): boolean =>
  m.possessive === true && (SPEAKERS.has(m.after[0] ?? '') || SPEAKERS.has(m.after[1] ?? ''));

/**
 * A party named once or twice: a side the story quotes (« le Rassemblement national dénonce », "opposed by the
 * Tories"), background to the bodies and people who act, like the story's setting. Named a few times more, never
 * the subject of a verb nor the owner of its speaker's words ("Sinn Féin's housing spokesperson"), and mostly as
 * an adjective ("the Conservative MP", "40 Liberal backbenchers"), it is the label of the politicians who act,
 * background too.
 */
export function partyInPassing(g: EntityGroup): boolean {
  if (![...g.keys].some((k) => PARTIES.has(k))) return false;
  if (g.mentions.length <= IN_PASSING) return true;
  if (g.mentions.length > AS_LABEL || g.mentions.some((m) => actsIn(m) || speaksThrough(m))) return false;
  return 2 * g.mentions.filter(adjectival).length > g.mentions.length;
}
