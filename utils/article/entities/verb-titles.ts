// "Callum Kerr rose to head Hibernian to a 2-1 win", "she left to head Ofcom": after "to", a lower-case "head" is
// the verb, and what follows is what is led, not a person the title announces ("department head Ana Ruiz").
import type { Token } from './tokenize';

/** tokens[i] is "head" written as an infinitive, after "to". */
export const headsAsVerb = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'head' && tokens[i - 1]?.folded === 'to';
