/** Dutch stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const DUTCH: StopwordList = {
  lang: 'nl',
  distinctive: `de het een en van is dat niet zijn op te met voor ook aan er maar om bij nog wordt naar dan heeft
uit deze kan worden als hij`,
  function: ``,
  topicless: ``,
};
