import { findMentions } from '@/utils/article/entities/candidates';
import { midSentenceCapitals, type TextEvidence } from '@/utils/article/entities/evidence';
import { lowercaseCounts } from '@/utils/article/entities/headlines';
import { calendarOf, stopwordsOf } from '@/utils/article/entities/lexicon';
import { midSentenceNames, spans } from '@/utils/article/entities/runs';
import { tokenize } from '@/utils/article/entities/tokenize';

/** The mentions of a German text of our own writing, as written (before any names-only filter). */
export function germanMentions(text: string): string[] {
  const tokens = tokenize(text, stopwordsOf('de'), calendarOf('de'));
  const runs = spans(tokens, 'de');
  const ev: TextEvidence = {
    lower: lowercaseCounts(tokens),
    midCaps: midSentenceCapitals(tokens),
    midSpans: midSentenceNames(tokens, runs),
    lang: 'de',
    fullLanguage: false,
  };
  return findMentions(tokens, text, ev, runs).map((m) => m.surface);
}
