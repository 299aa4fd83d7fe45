/**
 * The article's language: what the page declares (`<html lang>`, then metadata) first, checked against the
 * text itself. Returns a lower-case primary subtag ("fr", "en", "ja") or "und" when nothing tells.
 */
import { DETECTION_PROFILES as PROFILES } from '@/utils/shared/stopwords';

/** Words read from the text: enough for a stable guess, bounded for speed on long pages. */
const SAMPLE_WORDS = 2000;
const MIN_HITS = 8;

/** Primary subtag of a language tag or locale ("fr-FR", "fr_FR", "EN" → "fr", "fr", "en"); null if malformed. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '');
  const primary = match?.[1]?.toLowerCase() ?? null;
  return primary === 'und' || primary === 'mul' || primary === 'zxx' ? null : primary;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Language of CJK text by script, when such characters dominate the sample. */
function scriptLanguage(sample: string): string | null {
  // Most texts have no CJK character at all: one scan says so without listing every letter.
  if (!CJK.test(sample)) return null;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (letters === 0 || (han + kana + hangul) / letters < 0.3) return null;
  if (hangul > han + kana) return 'ko';
  return kana > 0.05 * (han + kana) ? 'ja' : 'zh';
}

let profileIndex: Map<string, number[]> | null = null;

/** Each profile word → the positions (in `PROFILES` order) of the profiles listing it: one lookup a word. */
function profilesOfWords(): Map<string, number[]> {
  if (profileIndex) return profileIndex;
  profileIndex = new Map();
  for (const [i, set] of [...PROFILES.values()].entries()) {
    for (const word of set) profileIndex.set(word, [...(profileIndex.get(word) ?? []), i]);
  }
  return profileIndex;
}

/** Hits of each profile among `words`, in `PROFILES` order. */
function profileHits(words: string[]): number[] {
  const index = profilesOfWords();
  const hits = new Array<number>(PROFILES.size).fill(0);
  for (const word of words) for (const i of index.get(word) ?? []) hits[i] = (hits[i] ?? 0) + 1;
  return hits;
}

/** Best stopword profile for `text` and how far ahead of the runner-up it is (0–1), or null. */
export function detectLanguage(text: string): { lang: string; confidence: number } | null {
  const sample = text.slice(0, SAMPLE_WORDS * 8);
  const script = scriptLanguage(sample);
  if (script) return { lang: script, confidence: 1 };
  const words = (sample.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
  const hits = profileHits(words);
  const scores = [...PROFILES.keys()].map((lang, i) => ({ lang, hits: hits[i] ?? 0 }));
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < MIN_HITS) return null;
  return { lang: best.lang, confidence: 1 - (second?.hits ?? 0) / best.hits };
}

/**
 * Declared language, unless the text clearly says otherwise: many templates keep a default `lang="en"`
 * whatever the article's language, so a confident detection overrides a declared language we have a
 * profile for (and can therefore contradict); other declared languages are trusted.
 */
export function resolveLanguage(declared: Array<string | null | undefined>, text: string): string {
  const stated = declared.map(primarySubtag).find((t): t is string => t !== null) ?? null;
  const detected = detectLanguage(text);
  if (!stated) return detected?.lang ?? 'und';
  if (detected && detected.lang !== stated && PROFILES.has(stated) && detected.confidence >= 0.5) {
    return detected.lang;
  }
  return stated;
}
