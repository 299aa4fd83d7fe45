import { keys } from './gazetteer/set';

// Holidays and feasts, folded: « grève avant Noël », "travel over Easter" say when a story happens.
const HOLIDAYS =
  keys(`noel|christmas|christmas eve|christmas day|easter|paques|thanksgiving|halloween|toussaint|
pentecote|ramadan|hanukkah|hanoucca|diwali|yom kippur|nouvel an|new year|saint sylvestre|
saint valentin|reveillon|natal|ano novo|pascoa|navidad|nochebuena|ano nuevo|pascua|semana santa|natale|capodanno|
pasqua|ferragosto|weihnachten|ostern|silvester`);

/** A holiday: when the story happens, seldom what it is about. */
export const isHoliday = (key: string): boolean => HOLIDAYS.has(key);
