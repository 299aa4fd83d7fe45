/** Italian stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const ITALIAN: StopwordList = {
  lang: 'it',
  distinctive: `il di che e della per non gli del una sono con si da anche nel alla dei delle ha come più ma questo
essere nella lo degli stato sul`,
  function: `la le i un uno a in su tra fra al allo ai agli alle dal dallo dai dagli dalla dalle nei negli nelle
sullo sui sugli sulla sulle col coi o ed né se io tu lui lei noi voi loro mi ti ci vi me te sé suo sua suoi sue
mio mia miei mie tuo tua nostro nostra vostro vostra questa questi queste quello quella quelli quelle chi cui
quale quali dove quando perché però quindi poi già era erano è sia siamo siete ho hai hanno aveva avevano
stata stati state fu può possono deve essere avere fare`,
  topicless: `oggi ieri domani ora ancora sempre mai molto molti molta molte poco pochi tutto tutti tutta tutte
altro altri altra altre stesso stessa ogni nuovo nuova nuovi nuove primo prima anno anni giorno giorni lunedì
martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto
settembre ottobre novembre dicembre leggi anche foto video pubblicato condividi`,
};
