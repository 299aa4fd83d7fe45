// "Stoke-on-Trent", "Stratford-upon-Avon", "Newcastle-under-Lyme", "Weston-super-Mare", "Wells-next-the-Sea": English
// towns join a name and the river, sea or land they stand by with a lower-case word; people's double names join
// two capitalised names ("Gibson-Park"), as French communes join theirs with « sur », « en » (see classify.ts).
// "Newcastle upon Tyne", "Kingston upon Thames" are written apart as often.
const ENGLISH_TOWN =
  /^\p{Lu}\p{Ll}+(?:-(?:on|upon|under|super|in|next|by)(?:-the)?-\p{Lu}\p{Ll}+| upon \p{Lu}\p{Ll}+)$/u;

// What ENGLISH_TOWN cannot match without, tested first: most names hold none (its classes are costly to compile).
const TOWN_JOIN = /-(?:on|upon|under|super|in|next|by)-| upon /;

/** The surface is shaped like an English town's name (see ENGLISH_TOWN). */
export const isEnglishTownShape = (s: string): boolean => TOWN_JOIN.test(s) && ENGLISH_TOWN.test(s);
