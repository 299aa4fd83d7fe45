/** One occurrence of a candidate name in the text. */
export interface Mention {
  /** The name as written ("Department of Homeland Security", "l’" and "’s" left out). */
  surface: string;
  /** Offset of the name in the text. */
  offset: number;
  /** Index of its first token, and one past its last token. */
  from: number;
  to: number;
  sentence: number;
  /** Starts a sentence or line, so its capital proves nothing. */
  initial: boolean;
  /** Found in a headline line, by matching a name seen elsewhere. */
  headline: boolean;
  /** Announced by a courtesy title or role ("M.", "CEO", "président"). */
  personCue: boolean;
  /** After a French elision ("l’Europe", "d’Airbus"): a capital there is a strong sign of a name. */
  elided: boolean;
  /** An elided article written with a capital (« L’Humanité », « L’Équipe »): inside a sentence, the name's own. */
  capitalElision?: boolean;
  /** Written with an English possessive ("Argenx’s drug"): a noun's owner, so a name inside a sentence. */
  possessive?: boolean;
  /** Listed after a plural kind of body ("firms like Yoti and Persona") or with two more names ("Clare, Sligo and
   * Kerry"): a name, though written once. */
  kindListed?: boolean;
  /** A side of a result ("Arsenal beat Chelsea 2-1", see `isResultSide`): a name, and a team, though written once. */
  side?: boolean;
  /** The participle glued to the name by a hyphen ("Columbus-based" gives "based", see `namingTail`). */
  tail?: string;
  /** A work's title set in italics, read whole (see `italicWorks`). */
  work?: boolean;
  /** After « à » that a verb taking a person governs (« il a succédé cet automne à X », see `markAddressed`). */
  addressed?: boolean;
  /** After a numbered matchday (« la 14e journée de X », see `markMatchdays`): a competition's name. */
  matchday?: boolean;
  /** A word and its town's adjective (« l’Échiquier saint-affricain », see `joinTownAdjectives`): a club's name. */
  townAdjective?: boolean;
  /** Folded word just before the name, and the one before that, for type cues ("en Chine", "groupe « X »"). */
  before: string[];
  /** Folded words just after the name ("said", "a déclaré"): a name is the subject of reporting verbs. */
  after: string[];
}

/** A name quoted on its own: « Archizoom », “Storm-0558”. */
export const isQuoted = (m: Mention): boolean =>
  /^[«“"]$/.test(m.before[0] ?? '') && /^[»”"]$/.test(m.after[0] ?? '');
