/** One language's stopwords, in three tiers so each use takes what it needs from one list. */
export interface StopwordList {
  /** Primary language subtag ("fr"). */
  lang: string;
  /** Frequent function words that set this language apart from the others (language detection). */
  distinctive: string;
  /** Other function words: left out of the search index, like the distinctive ones. */
  function: string;
  /**
   * The rest of the words that name no topic on their own: rarer function words, dates, "article", "said".
   * The search index keeps them (a reader may search for "avant" or "May").
   */
  topicless: string;
}
