import { leadingWordRuns } from '@/utils/shared/word-runs';

/**
 * The one list of an editor's "read also" cues, folded (`foldWords`): the words that announce another story on
 * the same subject. A block's heading, a title's leading label and a pointer's line all read them from here.
 */

/**
 * Phrases that offer the reader something else they may like ("Recommended", "Te puede interesar"): before one
 * story in the text, an editor's pointer; over a list, often the site's picks of the day, not the subject.
 */
export const SUGGESTION_CUES: readonly string[] = [
  'recommended',
  'you may also like',
  'you might also like',
  'vous aimerez aussi',
  'vous pourriez aimer aussi',
  'a decouvrir aussi',
  'auch interessant',
  'lesetipp',
  'lesetipps',
  'das konnte sie auch interessieren',
  'das konnte dich auch interessieren',
  'empfehlungen',
  'empfohlene artikel',
  'empfohlene beitrage',
  'ti potrebbe interessare',
  'te puede interesar',
  'te recomendamos',
  'le puede interesar',
  'puede interesarte',
];

/** Phrases that say "another story on this subject" wherever they stand: heading, label or line. */
export const TOPIC_CUES: readonly string[] = [
  // French
  'lire aussi',
  'a lire',
  'a lire aussi',
  'lire egalement',
  'a lire egalement',
  'voir aussi',
  'a voir aussi',
  'sur le meme sujet',
  // English
  'read more',
  'read also',
  'also read',
  'read next',
  'related',
  'related story',
  'related stories',
  'related article',
  'related articles',
  'see also',
  'more on this',
  'more on this story',
  'further reading',
  // German
  'mehr zum thema',
  'lesen sie auch',
  'lesen sie mehr',
  'siehe auch',
  'ahnliche artikel',
  'ahnliche beitrage',
  'verwandte artikel',
  'verwandte beitrage',
  'passend zum thema',
  'dazu passend',
  'artikel zum thema',
  'mehr zu diesem thema',
  'ahnliche rezepte',
  // Dutch, Italian
  'lees ook',
  'zie ook',
  'gerelateerd',
  'gerelateerde artikelen',
  'gerelateerde berichten',
  'leggi anche',
  'vedi anche',
  'articoli correlati',
  'notizie correlate',
  // Spanish, Portuguese: stories, not topics ("Noticias relacionadas", not "Temas relacionados": a tag list)
  'lee tambien',
  'mira tambien',
  'lea tambien',
  'tambien lea',
  'lea mas',
  'lee mas',
  'leer mas',
  'ver tambien',
  'mas informacion',
  'relacionadas',
  'nota relacionada',
  'noticia relacionada',
  'articulo relacionado',
  'articulos relacionados',
  'contenidos relacionados',
  'artigos relacionados',
  'leia tambem',
  'leia mais',
  'veja tambem',
  'saiba mais',
  // Nordic, Finnish
  'las ocksa',
  'læs ogsa',
  'les ogsa',
  'lue myos',
  // Polish, Czech, Romanian, Greek, Turkish
  'zobacz takze',
  'zobacz rowniez',
  'czytaj takze',
  'czytaj tez',
  'przeczytaj takze',
  'przeczytaj rowniez',
  'ctete take',
  'souvisejici clanky',
  'citeste si',
  'διαβαστε επισης',
  'ilginizi cekebilir',
  'bunlar da ilginizi cekebilir',
  // Russian, Ukrainian
  'читаите также',
  'смотрите также',
  'читаите також',
  // Arabic (hamza folded away), Indonesian, Vietnamese (đ stays)
  'اقرا ايضا',
  'مقالات ذات صلة',
  'baca juga',
  'đoc them',
  'xem them',
  // Chinese, Japanese: written without spaces, one run each
  '相关阅读',
  '延伸阅读',
  '相关文章',
  '相关新闻',
  '延伸閱讀',
  '相關文章',
  '相關新聞',
  '関連記事',
  '関連ニュース',
  'あわせて読みたい',
];

/** Every phrase that announces another story: a pointer's line and a title's leading label read them all. */
export const READ_ALSO_CUES: readonly string[] = [...TOPIC_CUES, ...SUGGESTION_CUES];

/**
 * Cues only as a whole label before a link ("Lire : …", "Read: …", "Zum Thema: …"): as the first words of a
 * heading or a title they are ordinary text ("Voir le match", "More than …").
 */
export const LABEL_ONLY_CUES: readonly string[] = [
  'lire',
  'relire',
  'voir',
  'read',
  'more',
  'don t miss',
  'zum thema',
  'leggi',
  'читаите',
  'по теме',
];

/** Cue phrases for fast lookup: folded words joined by single spaces, and the most words a phrase has. */
export interface CueSet {
  phrases: ReadonlySet<string>;
  maxWords: number;
}

/** The phrases as a `CueSet`. */
export function cueSet(phrases: readonly string[]): CueSet {
  return { phrases: new Set(phrases), maxWords: Math.max(...phrases.map((p) => p.split(' ').length)) };
}

/**
 * Where the cues that open `text` end, longest first. `text` is folded in place (`foldInPlace`), so a space in
 * a phrase stands for any run of non-letters ("don't miss", "voir  aussi"). Looked up word by word rather
 * than by one regex: an alternation of phrases split by Unicode classes took V8 hundreds of milliseconds to
 * compile, on the popup's first analysis.
 */
export function openingCueEnds(text: string, cues: CueSet): number[] {
  const ends: number[] = [];
  let phrase = '';
  for (const run of leadingWordRuns(text, cues.maxWords)) {
    phrase = phrase ? `${phrase} ${run.word}` : run.word;
    if (cues.phrases.has(phrase)) ends.unshift(run.end);
  }
  return ends;
}

/** A regex alternation of phrases, for text folded by `foldWords` (words apart by single spaces). */
export function cueAlternation(phrases: readonly string[]): string {
  // Longest first: an alternation takes the first phrase that matches, and "a lire aussi" must beat "a lire".
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
