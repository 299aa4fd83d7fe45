// The interviewer credited for a Q&A or a first-person piece: « Propos recueillis par Léa Roux », « Entretien
// réalisé par », "Interview by Ann Lee", "as told to Bo Li". The name that follows asked the questions or wrote
// the piece: it credits the author (byline-authors.ts) and counts little for the article's subjects (salience.ts).
/** The words that credit who asked the questions, as regex alternatives read case-blind: the byline's too. */
export const INTERVIEWER_CREDIT =
  'propos recueillis par|entretien réalisé par|interview réalisée par|interviewed by|interview by|as told to';
// Right before a name, « recueillis par » and "told to" credit the asker without their first word.
const INTERVIEW_CREDIT = new RegExp(`(?:${INTERVIEWER_CREDIT}|recueillis par|told to)\\s+$`, 'iu');
// Enough text before a name to hold the longest credit and the spaces after it.
const CREDIT_REACH = 32;

/** Whether the name at `offset` of `text` follows an interviewer's credit. */
export const afterInterviewCredit = (text: string, offset: number): boolean =>
  INTERVIEW_CREDIT.test(text.slice(Math.max(0, offset - CREDIT_REACH), offset));
