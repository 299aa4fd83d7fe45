import type { Entity } from '@/utils/article/types';
import { ORGANIZATIONS, PLACES } from './gazetteer';
import { markLines } from './headlines';
import { calendarOf, stopwordsOf } from './lexicon';
import { nameKey } from './normalize';
import { type RankedEntity, rankedWith } from './reader-order';
import { headlineOnlySalience } from './salience';
import { tokenize } from './tokenize';

/** What the body says, for telling the names its title alone gives. */
export interface BodyNames {
  /** The body's words, folded (see `titleContext`'s key), padded with spaces. */
  textKey: string;
  /** The keys of every name the body gives. */
  keys: ReadonlySet<string>;
  /** The words of every name the body gives, folded. */
  words: ReadonlySet<string>;
  /** The initials of every name of several words the body gives (see `initials`): « UE » for « Union européenne ». */
  initials: ReadonlySet<string>;
  /** How often each word appears in lower case in the body (see `lowercaseCounts`). */
  lower: ReadonlyMap<string, number>;
  /** The language writes its nouns with capitals (see `capitalisesNouns`). */
  nounCaps: boolean;
  /** Keys never listed: the site naming itself, the byline's writers. */
  excluded: ReadonlySet<string>;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]+$/u;
const CAPITALISED = /^(?:\p{Lu}|\d)/u;
const LETTER = /\p{L}/u;

/** The names of `keys` longer than `key` with `key` among their words. */
const longerNames = (key: string, keys: ReadonlySet<string>): string[] =>
  [...keys].filter((k) => k !== key && ` ${k} `.includes(` ${key} `));

// Bodies of a town named after it (keys, folded): « conseil municipal de Morlaix », « mairie de Morlaix »,
// « Morlaix Communauté », « Morlaix Agglomération ».
const TOWN_BODY_BEFORE =
  /^(?:conseil (?:municipal|communautaire|metropolitain)|mairie|hotel de ville|ville|communaute (?:de communes|d agglomeration|urbaine)) (?:de|du|d) /;
const TOWN_BODY_AFTER = / (?:communaute|metropole|agglomeration|agglo)$/;

/** The body `longer` is a town's, named after `key`: the title's unknown word is that town. */
const servesTown = (longer: string, key: string): boolean =>
  (longer.endsWith(` ${key}`) && TOWN_BODY_BEFORE.test(longer.slice(0, -key.length))) ||
  (longer.startsWith(`${key} `) && TOWN_BODY_AFTER.test(longer.slice(key.length)));

/**
 * Whether the title's place `key` is the body's own only inside longer names that are not places themselves
 * (« conseil municipal de Dijon », « Dijon Métropole »), and the title (a key padded with spaces) writes none of
 * them: a longer place (« Europe occidentale » for the title's « l'Europe ») already stands for it. A place the
 * gazetteer lacks is one when one of those names is a town's body (« conseil municipal de Morlaix »).
 */
function placeInsideBodies(title: string, key: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(key)) return false;
  const longer = longerNames(key, keys);
  if (!PLACES.has(key) && !longer.some((k) => servesTown(k, key))) return false;
  return !longer.some((k) => PLACES.has(k) || title.includes(` ${k} `));
}

/**
 * Names the title gives and the body never repeats: the movement an obituary's headline names (« la voix de la
 * Nouvelle Vague »), the league above a match report ("Top 14 : Bayonne renverse Castres"). Only clear proper
 * names: a known place or body, or, in a title written in sentence case, an acronym or a name of several words
 * all capitalised that does not open the title (where any word takes a capital). A Title Case or capitals headline
 * capitalises everything: there only known names count. Ranked as the title's names are (`headlineOnlySalience`).
 */
export function titleOnlyNames(
  fromTitle: readonly RankedEntity[],
  title: string,
  lang: string,
  body: BodyNames,
): RankedEntity[] {
  const tokens = tokenize(title, stopwordsOf(lang), calendarOf(lang));
  markLines(tokens, body.lower, body.nounCaps);
  const titleCase = tokens.some((t) => t.headline);
  const titleKey = ` ${nameKey(title.replace(/[^\p{L}\p{N}'’-]+/gu, ' '))} `;
  const opening = nameKey(tokens.find((t) => t.isWord && LETTER.test(t.text))?.text ?? '');
  const town = datelineTown(title, body);
  const named = town && !fromTitle.some((r) => nameKey(r.entity.text) === nameKey(town.text)) ? [town] : [];
  return [...fromTitle, ...named.map(asRanked)]
    .filter((r) => {
      const name = r.entity.text;
      const key = nameKey(name);
      if (body.excluded.has(key)) return false;
      // « Dijon : les travaux… » over a body that writes the town only inside longer names (« conseil municipal de
      // Dijon », « Dijon Métropole »): the town itself is the title's, unless the title writes one of those
      // longer names ("… From Athletic Bilbao").
      if (placeInsideBodies(titleKey, key, body.keys)) return true;
      if (body.textKey.includes(` ${key} `)) return false;
      if (key.split(' ').some((w) => w.length > 2 && body.words.has(w))) return false;
      // The title's « UE » is the body's « Union européenne », shortened to fit.
      if (ACRONYM.test(name) && body.initials.has(key)) return false;
      if (PLACES.has(key) || ORGANIZATIONS.has(key)) return true;
      if (titleCase) return false;
      const words = name.split(/\s+/);
      if (words.length === 1) return ACRONYM.test(name);
      return words.every((w) => CAPITALISED.test(w)) && key.split(' ')[0] !== opening;
    })
    .map((r) => ({
      ...r,
      entity: { ...r.entity, count: 1, variants: [], score: headlineOnlySalience(r.entity.text) },
      first: 0,
      titled: true,
      described: false,
      titleOnly: true,
      acting: 0,
      once: false,
      lead: false,
      leadOnce: false,
      speaksFor: undefined,
    }));
}

// « Morlaix. La piscine… », « Morlaix : la piscine… »: a local paper's headline opens with its town, alone before a
// full stop or a colon.
const DATELINE_TITLE = /^(\p{Lu}[\p{L}’'-]+)(?:\.|\s?:)\s/u;

/**
 * The town a headline opens with (see DATELINE_TITLE), which its own reading leaves out (any first word takes a
 * capital), when the body names a body of that town (« conseil municipal de Morlaix », « Morlaix Communauté »).
 */
function datelineTown(title: string, body: BodyNames): Entity | null {
  const word = DATELINE_TITLE.exec(title)?.[1];
  if (!word) return null;
  const key = nameKey(word);
  if (body.keys.has(key) || !longerNames(key, body.keys).some((k) => servesTown(k, key))) return null;
  return { text: word, type: 'place', count: 1, variants: [], score: 0 };
}

/** A name found in the title alone, with the cues `titleOnlyNames` sets. */
const asRanked = (entity: Entity): RankedEntity => rankedWith(entity, { titled: true });
