import type { AcronymDefinition } from './acronyms';
import type { EntityGroup } from './group';
import { nameKey } from './normalize';

// An acronym in capitals with a lower-case plural s: "DXAs", "ICUs", "NGOs".
const PLURAL_ACRONYM = /^(\p{Lu}[\p{Lu}\d&]+)s$/u;

/**
 * Drops the plural of an acronym the text also names ("DXAs" beside "DXA"): the same thing again, as a common noun
 * (the devices, the scans), not a second entity; its type would tell nothing of the acronym's (a plural reads as
 * a group). A plural the text never writes in the singular goes too when no mention follows "the" ("represents
 * PBMs", "how PBMs set prices": a kind of firm, as "GPs" and "SUVs" are kinds); "the TPGs" may name a group.
 */
export function dropPluralAcronyms(groups: EntityGroup[]): EntityGroup[] {
  const byKey = new Map<string, EntityGroup>();
  for (const g of groups) for (const k of g.keys) byKey.set(k, g);
  return groups.filter((g) => {
    const singulars = [...g.surfaces.keys()].map((s) => PLURAL_ACRONYM.exec(s)?.[1]);
    if (singulars.some((s) => !s)) return true;
    const target = byKey.get(nameKey(singulars[0] as string));
    if (!target) return g.mentions.some((m) => m.before[0] === 'the');
    return target === g;
  });
}

/**
 * Keys of what the text defines by a plural acronym, "Intensive Care Units (ICUs)", "Small Businesses (SMBs)": a
 * kind of thing (a name has no plural), its writer's capitals notwithstanding. With the acronym, its singular,
 * and the definition's opening words ("Intensive Care").
 */
export function pluralDefinitionKeys(definitions: readonly AcronymDefinition[]): Set<string> {
  const out = new Set<string>();
  for (const { acronym, definition } of definitions) {
    const singular = PLURAL_ACRONYM.exec(acronym)?.[1];
    if (!singular) continue;
    const words = nameKey(definition.surface).split(' ');
    for (let n = 2; n <= words.length; n++) out.add(words.slice(0, n).join(' '));
    out.add(nameKey(acronym)).add(nameKey(singular));
  }
  return out;
}
