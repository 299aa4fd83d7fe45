/** Portuguese stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const PORTUGUESE: StopwordList = {
  lang: 'pt',
  distinctive: `o os do da em que não uma com para se dos das no na mais por ao como mas foi ele são também seu sua
ou já pelo pela`,
  function: ``,
  topicless: ``,
};
