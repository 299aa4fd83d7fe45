// « Route du Rhum-Destination Guadeloupe » … « la Route du Rhum »: an event or a body named in full, then with a
// sponsor's or a destination's name hyphenated to it, is one entity.
import { GIVEN_NAMES, PLACES } from './gazetteer';
import type { MergePass } from './merge-pass';
import { nameKey } from './normalize';

// A hyphen (or its Unicode twins) right before a capital: where a tail is joined to a name.
const JOINED_TAIL = /[-‐‑]\p{Lu}/gu;

/**
 * Joins a name written with a hyphenated tail to the same name the text writes alone, when that name has two
 * words or more (« Aix-en-Provence » is no « Aix » and its tail). Not a known place, which a tail turns into
 * another ("New York-Presbyterian"), nor a person's name (a double surname is read by the person passes).
 */
export const mergeSponsorTails: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    for (const surface of new Set((byKey.get(k) ?? []).map((m) => m.surface))) {
      for (const hit of surface.matchAll(JOINED_TAIL)) {
        const head = surface.slice(0, hit.index);
        if (!head.includes(' ')) continue;
        const short = nameKey(head);
        if (short === k || !byKey.has(short) || PLACES.has(short)) continue;
        if (GIVEN_NAMES.has(short.split(' ')[0] ?? '')) continue;
        uf.union(k, short);
        break;
      }
    }
  }
};
