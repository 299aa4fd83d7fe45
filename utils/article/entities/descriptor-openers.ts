// "Rivals Muthoot Finance and…", "Brokerage Motilal Oswal said…", "Chipmaker Nvidia…": English news opens
// sentences with a common noun that says what kind of body or person follows. Its capital is the sentence's.
import { words } from './gazetteer/set';

/** Kinds of company and side, and of players, written before a name, folded, singular and plural. */
const DESCRIPTORS = words(`
rival rivals competitor competitors peer peers brokerage brokerages broker brokers lender lenders insurer insurers
chipmaker chipmakers carmaker carmakers automaker automakers drugmaker drugmakers planemaker retailer retailers
regulator regulators startup startups start-up conglomerate miner miners refiner refiners airline airlines
carrier carriers streamer streamers developer developers publisher publishers manufacturer manufacturers
supplier suppliers distributor distributors shipper shipbuilder homebuilder operator operators
newcomer newcomers teammate teammates rookie compatriot
`);

/** A word that says what kind of name follows it: "rival", "chipmaker", "brokerage". */
export const isDescriptor = (folded: string): boolean => DESCRIPTORS.has(folded);

/** Whether an English sentence's first word only says what kind of name follows it. */
export const isDescriptorOpener = (folded: string, lang: string): boolean =>
  lang === 'en' && isDescriptor(folded);
