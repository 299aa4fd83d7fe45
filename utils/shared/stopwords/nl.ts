/** Dutch stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const DUTCH: StopwordList = {
  lang: 'nl',
  distinctive: `de het een en van is dat niet zijn op te met voor ook aan er maar om bij nog wordt naar dan heeft
uit deze kan worden als hij`,
  function: `in ik je jij u wij we jullie zij ze hem haar hun ons mijn jouw uw onze die dit wie wat waar wanneer
waarom hoe omdat of want dus toch al door over tot tegen zonder onder na sinds tussen was waren ben bent had
hadden hebben zal zullen zou zouden moet moeten mag mogen wil willen geen niets iets alle alles elk elke veel
meer meest`,
  topicless: `vandaag gisteren morgen nu nog steeds altijd nooit zeer heel erg weer andere nieuwe nieuw eerste
jaar jaren dag dagen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
mei juni juli augustus september oktober november december lees ook meer foto video delen`,
};
