/** Spanish stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const SPANISH: StopwordList = {
  lang: 'es',
  distinctive: `el los las y que del se por con para una es su al lo como más pero sus fue este ha también entre
cuando muy sin sobre ya hay`,
  function: ``,
  topicless: ``,
};
