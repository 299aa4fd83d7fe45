import type { EntityType } from '@/utils/article/types';
import { isAcronymLike } from './acronyms';
import {
  GROUP_WORDS,
  GROUPS,
  NOT_PERSON_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_WORDS,
  PLACES,
  PRODUCTS,
} from './gazetteer';
import type { EntityGroup } from './group';
import { isPersonShaped } from './merge';

/** Shaped like a person's name, and not named like a programme, law or event ("Secure Future Initiative"). */
function looksLikePerson(key: string): boolean {
  const ws = key.split(' ');
  return isPersonShaped(key) && !NOT_PERSON_WORDS.has(ws[0] ?? '') && !NOT_PERSON_WORDS.has(ws.at(-1) ?? '');
}

const GROUP_CUES = new Set(['groupe', 'group', 'gang', 'hackers', 'pirates', 'collectif', 'acteur', 'actor']);
const PLACE_PREPOSITIONS = new Set(['en', 'à', 'a', 'au', 'aux', 'in', 'near', 'vers']);
// Microsoft ("Storm-0558"), Mandiant ("APT29", "UNC2452") and similar threat-actor naming schemes.
const GROUP_NAME = /^(?:\p{Lu}\p{Ll}+-\d{3,}|(?:APT|UNC|FIN|TA|DEV|TAG|TEMP)-?\d+)$/u;

type Votes = Record<EntityType, number>;

/** The entity's kind from its names, gazetteers and the words around its mentions; `other` when unsure. */
export function classify(g: EntityGroup): EntityType {
  const votes: Votes = { person: 0, organization: 0, place: 0, product: 0, group: 0, other: 0.9 };
  for (const key of g.keys) voteKey(key, votes);
  for (const s of g.surfaces.keys()) voteSurface(s, votes);
  voteContext(g, votes);
  let best: EntityType = 'other';
  for (const t of Object.keys(votes) as EntityType[]) if (votes[t] > votes[best]) best = t;
  return best;
}

function voteKey(key: string, v: Votes): void {
  const ws = key.split(' ');
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  if (GROUPS.has(key) || (ws.length > 1 && GROUP_WORDS.has(last))) v.group += 3;
  if (ORGANIZATIONS.has(key)) v.organization += 3;
  if (PLACES.has(key)) v.place += 3;
  if (PRODUCTS.has(key) || PRODUCTS.has(first)) v.product += ws.length > 1 || PRODUCTS.has(key) ? 2 : 0;
  if (ws.length > 1 && (ORG_WORDS.has(last) || ORG_WORDS.has(first))) v.organization += 2;
  if (ws.length > 1 && PLACE_WORDS.has(last)) v.place += 2;
  if (looksLikePerson(key)) v.person += 1;
}

function voteSurface(s: string, v: Votes): void {
  if (GROUP_NAME.test(s)) v.group += 3;
  if (/^\p{Ll}+\p{Lu}/u.test(s)) v.product += 2; // iPhone, eBay, macOS
  if (/\.(?:com|net|org|io|ai|fr)$/i.test(s)) v.product += 1.5;
  if (/\s\d{1,4}$/.test(s)) v.product += 1; // Windows 11
  if (isAcronymLike(s)) v.organization += 0.5;
}

function voteContext(g: EntityGroup, v: Votes): void {
  const n = g.mentions.length;
  const cued = g.mentions.filter((m) => m.personCue).length;
  if (cued > 0) v.person += 2 + cued / n;
  const grouped = g.mentions.filter((m) => m.before.some((w) => GROUP_CUES.has(w))).length;
  if (grouped > 0) v.group += 1.5;
  const located = g.mentions.filter((m) => PLACE_PREPOSITIONS.has(m.before[0] ?? '')).length;
  if (located / n >= 0.5) v.place += 1;
  // A full name later referred to by the surname alone is how news writes about people.
  const single = [...g.keys].some((k) => !k.includes(' '));
  if (single && [...g.keys].some(looksLikePerson)) v.person += 1.5;
}
