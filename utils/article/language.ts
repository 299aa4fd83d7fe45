/**
 * The article's language: what the page declares (`<html lang>`, then metadata) first, checked against the
 * text itself. Returns a lower-case primary subtag ("fr", "en", "ja") or "und" when nothing tells.
 */
import { DETECTION_PROFILES as PROFILES } from '@/utils/shared/stopwords';
import { scriptLanguage, writtenInOtherScript } from './language-script';

/** Words read from the text: enough for a stable guess, bounded for speed on long pages. */
const SAMPLE_WORDS = 2000;
const MIN_HITS = 8;
/** Different profile words a real text of the language uses; fewer is one lookalike repeated (see plausible). */
const MIN_DISTINCT = 6;
/** Share of the text a language's commonest function words make at least; below, they are stray lookalikes. */
const MIN_SHARE = 0.03;
/** Words enough to say the declared language's function words are missing, not just rare in a short text. */
const MIN_WORDS_TO_DOUBT = 100;

/** Primary subtag of a language tag or locale ("fr-FR", "fr_FR", "EN" → "fr", "fr", "en"); null if malformed. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '');
  const primary = match?.[1]?.toLowerCase() ?? null;
  return primary === 'und' || primary === 'mul' || primary === 'zxx' ? null : primary;
}

/** How much of a profile's vocabulary the text uses: hits, and the words hit with their counts. */
interface Evidence {
  lang: string;
  hits: number;
  words: Map<string, number>;
}

let profileIndex: Map<string, string[]> | null = null;

/** Each profile word → the languages listing it: one lookup a word. */
function profilesOfWords(): Map<string, string[]> {
  if (profileIndex) return profileIndex;
  profileIndex = new Map();
  for (const [lang, set] of PROFILES) {
    for (const word of set) profileIndex.set(word, [...(profileIndex.get(word) ?? []), lang]);
  }
  return profileIndex;
}

/**
 * Each profiled language's evidence among `words` (languages with no hit are left out). The profile words are
 * counted first and each is filed once under its languages: a text repeats its function words, and a word is
 * listed by several languages. Languages and words keep the order of their first hit.
 */
function evidenceOf(words: string[]): Map<string, Evidence> {
  const index = profilesOfWords();
  const counts = new Map<string, number>();
  for (const word of words) if (index.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const byLang = new Map<string, Evidence>();
  for (const [word, count] of counts) {
    for (const lang of index.get(word) as string[]) {
      let ev = byLang.get(lang);
      if (!ev) {
        ev = { lang, hits: 0, words: new Map() };
        byLang.set(lang, ev);
      }
      ev.hits += count;
      ev.words.set(word, count);
    }
  }
  return byLang;
}

/**
 * Whether hits look like the language itself: its text uses many of its frequent function words, often, while a
 * lookalike in another language is one or two words repeated (Dutch "de" in pinyin, "dan" in Indonesian) or a
 * few stray ones in a long text (Spanish "para" in Indonesian).
 */
function plausible(ev: Evidence, sampleSize: number): boolean {
  return (
    ev.hits >= Math.max(MIN_HITS, MIN_SHARE * sampleSize) &&
    ev.words.size >= Math.min(MIN_DISTINCT, Math.ceil(ev.hits / 3))
  );
}

/** Hits of `a`'s words that `b` does not list: shared words ("que", "para") tell close languages nothing. */
function hitsOwnedAgainst(a: Evidence, b: Evidence): number {
  const other = PROFILES.get(b.lang);
  let hits = 0;
  for (const [word, count] of a.words) if (!other?.has(word)) hits += count;
  return hits;
}

interface Detection {
  lang: string;
  /** How far ahead of the runner-up it is (0–1), on the words that tell the two apart. */
  confidence: number;
  /** Plausible profiled languages, best first (none for a script's language). */
  candidates: string[];
}

function sampleWords(sample: string): string[] {
  return (sample.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
}

/** Best stopword profile for Latin-script `words`, or null when none is plausible. */
function profileLanguage(words: string[]): Detection | null {
  const ranked = [...evidenceOf(words).values()]
    .filter((ev) => plausible(ev, words.length))
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = ranked;
  if (!best) return null;
  const candidates = ranked.map((ev) => ev.lang);
  if (!second) return { lang: best.lang, confidence: 1, candidates };
  const own = hitsOwnedAgainst(best, second);
  const confidence = own > 0 ? Math.max(0, 1 - hitsOwnedAgainst(second, best) / own) : 0;
  return { lang: best.lang, confidence, candidates };
}

/** The language of `text` as the text tells it, and how sure (0–1), or null. */
export function detectLanguage(text: string): Detection | null {
  const sample = text.slice(0, SAMPLE_WORDS * 8);
  const script = scriptLanguage(sample);
  if (script) return script === 'und' ? null : { lang: script, confidence: 1, candidates: [] };
  return profileLanguage(sampleWords(sample));
}

/** Sureness the text must show before English replaces a declared language we have no word list for. */
const SURE_ENGLISH = 0.8;

/**
 * A declared language we have no word list for ("ca", "gl", "id") is trusted, unless the text is plainly English
 * (a template's attribute left on an English article): a close language never reads as English, while Catalan
 * can pass for Spanish or French, so only English overrides it.
 */
function ownEnglish(stated: string, detected: Detection | null): string {
  return detected?.lang === 'en' && detected.confidence >= SURE_ENGLISH ? 'en' : stated;
}

/**
 * Declared language, unless the text says otherwise: many templates keep a default `lang="en"` whatever the
 * article's language. A declared language we have a profile for (so the text can contradict it) gives way to
 * a confident detection, and to "und" (read names only) when a long enough text shows none of its function
 * words and no clear other language ("Spanish or Portuguese": neither is English). Other declared languages
 * are trusted, unless written in another script than the text's; a non-Latin script is never read as a
 * profiled (Latin-script) language.
 */
export function resolveLanguage(declared: Array<string | null | undefined>, text: string): string {
  const stated = declared.map(primarySubtag).find((t): t is string => t !== null) ?? null;
  const sample = text.slice(0, SAMPLE_WORDS * 8);
  const script = scriptLanguage(sample);
  // A language written in Latin letters declared over a text in another script ("ca" on a Chinese page): the
  // text wins; a language of that script is trusted ("uk", "sr" on Cyrillic text we cannot tell apart).
  if (script) {
    if (!stated || PROFILES.has(stated)) return script;
    return script !== 'und' && !writtenInOtherScript(stated) ? script : stated;
  }
  const words = sampleWords(sample);
  const detected = profileLanguage(words);
  if (!stated) return detected?.lang ?? 'und';
  if (stated === detected?.lang) return stated;
  // A Latin-script text declared in a language written otherwise ("ru" on an English page): the text wins.
  if (!PROFILES.has(stated))
    return writtenInOtherScript(stated) && detected ? detected.lang : ownEnglish(stated, detected);
  if (detected && detected.confidence >= 0.5) return detected.lang;
  const doubted = !detected?.candidates.includes(stated) && words.length >= MIN_WORDS_TO_DOUBT;
  return doubted ? 'und' : stated;
}
