import { personContext } from './context-cues';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// Mountains are named by a head word that is also a given name or reads as a surname's ("Ben Nevis", "Ben
// Lomond", « Pic Saint-Loup »): the words around the name and a text about mountains say which it is.

// Words opening a mountain's name, folded (Gaelic "Ben", "Beinn", "Sgurr"; French, Italian, Spanish heads).
const MOUNTAIN_HEADS = new Set(
  'ben beinn sgurr mount mt mont monte monts pic piz pico aiguille cerro puy'.split(' '),
);
// Parts of a mountain before "of" or « du » ("the north face of X", « le sommet du X »), or after its owner's
// possessive ("X's north face").
const MOUNTAIN_PARTS = new Set(
  `summit summits face slopes slope flank flanks ridge shoulder ascent descent foot top peak sommet flanc
  flancs pied versant pentes ascension`.split(/\s+/),
);
// Verbs of climbing right before the name ("climbed Ben Lomond", « gravi le … »).
const CLIMBED = new Set(['climbed', 'climbing', 'scaled', 'ascended', 'summited', 'gravi', 'gravir']);
// What sets a mountain's name after it ("on Ben Nevis", "up Ben Lomond"), only with a head word above.
const ON = new Set(['on', 'up', 'sur']);
const OF = new Set(['of', 'de', 'du', 'd']);
// Lower-case words of a text about mountains, two of them at least ("summit" also names a meeting, so it is no
// cue; "an avalanche of criticism" is one word only).
const MOUNTAIN_TEXT = `mountain mountains avalanche climbers climber mountaineers mountaineering ridge
  montagne alpinistes alpiniste cordee`.split(/\s+/);

/** A climbing verb or a mountain's part before the name, or its part after the possessive. */
function climbedPart(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  const [a0 = '', a1 = ''] = m.after;
  return (
    CLIMBED.has(b0) ||
    (OF.has(b0) && MOUNTAIN_PARTS.has(b1)) ||
    (m.possessive === true && (MOUNTAIN_PARTS.has(a0) || MOUNTAIN_PARTS.has(a1)))
  );
}

/**
 * The group names a mountain: a text about mountains (its lower-case words, `lower`) writes it after a climbing verb
 * or a mountain's part ("the north face of Ben Nevis", "Ben Nevis's north face"), or after "on" or "up" when a
 * mountain's head word opens it ("on Ben Nevis"). `personal`: whether a name of the group opens with a given
 * name; one without a mountain's head word then stays a person. A mention cued as a person's (a title, "said")
 * keeps the person.
 */
export function namesMountain(
  g: EntityGroup,
  lower: ReadonlyMap<string, number> | undefined,
  personal: boolean,
): boolean {
  if (!lower || MOUNTAIN_TEXT.filter((w) => lower.has(w)).length < 2) return false;
  if (g.mentions.some((m) => m.personCue || personContext(m))) return false;
  const headed = [...g.keys].some((k) => k.includes(' ') && MOUNTAIN_HEADS.has(k.slice(0, k.indexOf(' '))));
  if (!headed && personal) return false;
  return g.mentions.some((m) => climbedPart(m) || (headed && ON.has(m.before[0] ?? '')));
}
