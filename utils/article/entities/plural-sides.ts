import { letterShape } from '@/utils/shared/letter-shape';
import { teamContext } from './context-cues';
import { PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { isPersonShaped } from './person-shape';

// "the Steelers", "the Cincinnati Reds", "the Rolling Stones": a capitalised plural after "the" names a side or a
// band (or a family: "the Obamas"), never one person.

/** "facing the Browns", "helped by the Bears": verbs whose object, after "the", is a side. */
const SIDE_VERBS = new Set(
  `facing face faces faced playing play plays played visit visits visited visiting host hosting hosted beating
  meet meets met against over`.split(/\s+/),
);
/** What a side has, just after its name or its possessive: "the Browns' defense", "Steelers defensive captain". */
const SIDE_AFTER = new Set(
  `opponents defense defence offense offence defensive offensive fans roster lineup line-up squad season coach coaches
  quarterback linebacker pitcher pitchers goalie goaltender receiver receivers striker midfield bullpen rotation
  playoff playoffs`.split(/\s+/),
);
const APOSTROPHES = new Set(["'", '’']);

/** The words around a plural's mention say a side. */
function sideContext(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    teamContext(m) ||
    (b0 === 'the' && SIDE_VERBS.has(b1)) ||
    SIDE_AFTER.has(a0) ||
    (APOSTROPHES.has(a0) && SIDE_AFTER.has(a1))
  );
}

/** A capitalised plural ("Steelers"), not "Texas" or "Davis". */
export const isPluralName = (k: string): boolean =>
  // The ending first: the pattern, anchored at the end only, is tried from every position of the key. Three
  // letters before the s, read on the key's shape (see letter-shape.ts).
  k.endsWith('s') && /[UlL]{3}l$/.test(letterShape(k)) && !/(?:ss|us|is)$/.test(k);

/**
 * The plural names a side: written after "the" (`afterThe`), its mentions read like a side's ("facing the
 * Browns", "the Browns' defense"), or the text writes it after a city ("Pittsburgh Steelers") though the group
 * holds no full name (`fullName`: "Chad Thomas" is a person's); not when its singular is a person's surname in the
 * text ("Barack Obama" … "the Obamas"). `names`: keys of the text's names.
 */
export function isPluralSide(
  g: EntityGroup,
  afterThe: boolean,
  fullName: boolean,
  names?: ReadonlySet<string>,
): boolean {
  const keys = [...g.keys];
  const all = [...(names ?? [])];
  const family = keys.some((k) => all.some((n) => n.endsWith(` ${k.slice(0, -1)}`) && isPersonShaped(n)));
  if (family) return false;
  const city = (k: string): boolean =>
    all.some((n) => n.endsWith(` ${k}`) && PLACES.has(n.slice(0, -k.length - 1)));
  return (!fullName && keys.some(city)) || (afterThe && g.mentions.some(sideContext));
}
