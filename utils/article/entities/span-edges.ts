// Where a name's span ends: the words that close it ("Facebook CEO", "Breaking News Emails") and the particle
// before it that belongs to a surname ("M. de Villepin") or opens a body ("directeur du Chemin de fer").
import { isClosingMe } from './closing-pronouns';
import type { TextEvidence } from './evidence';
import { ORG_WORDS, PLACE_WORDS } from './gazetteer';
import { COURTESY_TITLES, TITLE_PARTICLES, WEEKDAYS } from './lexicon';
import { headsBody } from './role-of-body';
import { isStop } from './span';
import { isGivenName, isTitle } from './titles';
import type { Token } from './tokenize';

// Labels that close a caption, a credit or a sign-up line ("Breaking News Emails", "PTI File Photo"); "Apple
// Watch" and "Getty Images" keep their last word.
const TRAILING_LABELS = new Set([
  'caption',
  'captions',
  'email',
  'emails',
  'newsletter',
  'newsletters',
  'alerts',
  'photo',
  'photos',
  'file',
]);

// A badge a maker gives what passes its test ("Steam Machine Verified", "Works with Alexa Certified"): the product's
// name, then the label.
const BADGE_LABELS = new Set(['verified', 'certified']);

// Roles written as acronyms, never surnames: "Facebook CEO", "Labour MP" name the body, the person comes after.
const ROLE_ACRONYMS = new Set('ceo cfo cto coo pdg dg mp mps mep meps td tds msp msps mla mlas'.split(' '));
// Ranks of barristers written after a full name: "Sarah Whitcombe KC", "Jonathan Eade QC" ("Sporting KC" keeps its
// letters: two words are no given name and surname).
const COUNSEL_RANKS = new Set(['kc', 'qc']);
// Roles shortened before a name, never surnames: "South Dakota Gov. Kristi Noem", "Ohio Sen. Rob Portman".
const SHORT_ROLES = new Set([
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'supt',
  'insp',
  'maj',
]);

/**
 * « Kévin M., 34 ans »: one capital and a full stop after a first name, no name after them, is the surname cut to
 * its initial (the press's way to name a defendant), not « M. » for Monsieur.
 */
const surnameInitial = (t: Token, length: number, [dot, next]: readonly (Token | undefined)[]): boolean =>
  length === 2 && t.text.length === 1 && dot?.text === '.' && next?.capital !== true;

/** "Gov. Kristi": a role shortened with a full stop, a name after it ("Hun Sen" is a name, "Sen. Rob" a role). */
const shortened = ([dot, next]: readonly (Token | undefined)[]): boolean =>
  dot?.text === '.' && next?.capital === true;

// Words of a publication stamp ("Publié le 4 mai", "Modifié le", "Updated on"): a byline line glued to its date
// gives "Anne Kerbrat Publié", the name ending before the stamp.
const STAMP_WORDS = new Set([
  'publie',
  'publiee',
  'modifie',
  'modifiee',
  'actualise',
  'actualisee',
  'updated',
  'published',
  'posted',
]);
const STAMP_NEXT = new Set(['le', 'on', ':']);

// "15:48 GMT Last update 15:48": "Last" before the stamp's noun opens the stamp.
const LAST_STAMP = new Set(['update', 'updated', 'modified', 'edited']);

/** "Publié le …", "Updated on …", "Last update …": the stamp opens a date, not the end of a name. */
const stamp = (t: Token, [next]: readonly (Token | undefined)[]): boolean =>
  (STAMP_WORDS.has(t.folded) && STAMP_NEXT.has(next?.folded ?? '')) ||
  (t.folded === 'last' && LAST_STAMP.has(next?.folded ?? ''));

// A match's scoring line after its score: « OL 2 - 1 LOSC Buts : Mikautadze (58e) », "Goals: Holt 12". Before its
// colon the label opens the list of scorers and closes the side's name.
const SCORING_LABELS = new Set(['buts', 'buteurs', 'essais', 'goals', 'scorers', 'tries']);

/** « Buts : », "Scorers:": a scoring line's label, not the end of a name. */
const scoring = (t: Token, [next]: readonly (Token | undefined)[]): boolean =>
  SCORING_LABELS.has(t.folded) && next?.text === ':';

// A reporting period after a company's name: "Infosys Q2 results", "Kaveri Finserv FY26 profit". A quarter or a
// half closes the name only before what a company reports ("Audi Q3" is a car's name); a fiscal year always.
const FISCAL_YEAR = /^fy\d{2}(?:\d{2})?$/;
const PERIOD = /^(?:q[1-4]|h[12])$/;
const REPORTS = new Set([
  'results',
  'earnings',
  'profit',
  'profits',
  'revenue',
  'numbers',
  'net',
  'guidance',
]);

/** "Q2" before "results", "FY26": a reporting period, not a model's name. */
const period = (t: Token, [next]: readonly (Token | undefined)[]): boolean =>
  FISCAL_YEAR.test(t.folded) || (PERIOD.test(t.folded) && REPORTS.has(next?.folded ?? ''));

/** "Sarah Whitcombe KC": a barrister's rank closing a full name, which makes it a person's. */
export const isCounselRank = (t: Token, length: number): boolean =>
  COUNSEL_RANKS.has(t.folded) && t.loud && length > 2;

/**
 * A function word, caption label ("Breaking News Emails"), badge ("Steam Machine Verified"), courtesy title
 * ("Bière Monsieur"), role acronym ("Facebook CEO"), shortened role ("South Dakota Gov."), scoring line's label
 * (« LOSC Buts : »), publication stamp ("Anne Kerbrat Publié le"), a
 * reporting period ("Infosys Q2 results") or a barrister's rank ("Sarah Whitcombe KC") closing a span.
 */
export function dropsLast(t: Token, length: number, after: readonly (Token | undefined)[] = []): boolean {
  // "Black Friday", "Super Tuesday": one word and a weekday; "the Argus Leader Monday afternoon" is a name and a day.
  if (length === 2 && WEEKDAYS.has(t.folded)) return false;
  const label =
    (COURTESY_TITLES.has(t.folded) && !surnameInitial(t, length, after)) ||
    TRAILING_LABELS.has(t.folded) ||
    BADGE_LABELS.has(t.folded) ||
    ROLE_ACRONYMS.has(t.folded) ||
    stamp(t, after) ||
    scoring(t, after) ||
    period(t, after) ||
    isCounselRank(t, length) ||
    (SHORT_ROLES.has(t.folded) && shortened(after));
  return (isStop(t) && !(length > 1 && isClosingMe(t))) || (length > 1 && label);
}

// Roles of the head of a town, a body or a side: « de » after them opens what they head, not a surname (« le
// général de Gaulle », « M. de Villepin » keep theirs).
export const BODY_ROLES = new Set(
  `maire president presidente directeur directrice patron patronne pdg fondateur fondatrice cofondateur
  secretaire porte-parole gouverneur depute deputee senateur senatrice ambassadeur ambassadrice entraineur
  ministre conseiller conseillere`.split(/\s+/),
);

// Kin words that are also titles when capitalised (« le Père Brown », "Father Brown"), and "Justice" of a judge
// ("Justice Kagan"), the common noun in lower case (« le palais de justice de Nîmes »).
const CAPITALISED_TITLES = new Set(['père', 'mère', 'father', 'mother', 'justice']);

/** "le général de Gaulle", "M. de Villepin": a role, then a particle that belongs to the surname at `from`. */
export function surnameParticleBefore(tokens: Token[], from: number, ev: TextEvidence): boolean {
  const title = titleBefore(tokens, from - 1);
  return (
    TITLE_PARTICLES.has(tokens[from - 1]?.text ?? '') &&
    isTitle(title) &&
    // « le père de Dona Maria », « the father of », « palais de justice de Nîmes »: no title in lower case.
    !CAPITALISED_TITLES.has(title?.text ?? '') &&
    // « le maire de Loudéac », « le président de Korvo »: a role that heads a town or a body.
    !(BODY_ROLES.has(title?.folded ?? '') && title?.text === title?.text.toLowerCase()) &&
    !qualifiesRole(tokens, from - 2) &&
    !tokens[from]?.elided &&
    !opensPerson(tokens, from) &&
    !opensBody(tokens, from, ev)
  );
}

/** « l'avocat de M. Lanusse », « l'avocat de Patrick Lanusse »: a title or a given name and a surname follow the
 * particle, which names whose they are instead of opening a surname. */
function opensPerson(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  return isTitle(word) || (isGivenName(word?.folded ?? '') && tokens[at + 1]?.capital === true);
}

// « directeur général », « secrétaire générale », « avocat général »: an adjective after a role, not the rank.
const ROLE_ADJECTIVES = new Set(['general', 'generale', 'generaux']);

/** « le directeur général de Haropa Port »: "général" qualifies the noun before it, which heads a body. */
function qualifiesRole(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  const before = tokens[at - 1];
  return (
    ROLE_ADJECTIVES.has(word?.folded ?? '') &&
    word?.text === word?.text.toLowerCase() &&
    before?.isWord === true &&
    !before.stop &&
    before.text === before.text.toLowerCase()
  );
}

/**
 * "directeur du Chemin de fer", "président du Conseil général": after a role, "du" or "de" opens the body the
 * person heads, not a surname, when the next word names a kind of body or is written in lower case elsewhere.
 */
function opensBody(tokens: Token[], from: number, ev: TextEvidence): boolean {
  const t = tokens[from] as Token;
  // « du » after a role ("directeur du Chemin de fer") is a body; only « M. du Pont » is a surname.
  const title = titleBefore(tokens, from - 1)?.folded ?? '';
  if (tokens[from - 1]?.text === 'du' && !COURTESY_TITLES.has(title)) return true;
  if (headsBody(tokens, from, title)) return true;
  return ORG_WORDS.has(t.folded) || PLACE_WORDS.has(t.folded) || (ev.lower.get(t.folded) ?? 0) > 0;
}

/** The word before tokens[at], past the full stop of an abbreviation ("M. de Villepin"). */
function titleBefore(tokens: Token[], at: number): Token | undefined {
  return tokens[at - 1]?.text === '.' ? tokens[at - 2] : tokens[at - 1];
}
