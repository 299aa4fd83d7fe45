// "sold as Mounjaro", "a backdoor called Quillgate", "a storm dubbed Ophira": the words before a capitalised
// word say it is a name, though the article writes it only once.
import { isDescriptor } from './descriptor-openers';
import type { Mention } from './mention';

const NAMING_VERBS = new Set(['called', 'dubbed', 'nicknamed', 'codenamed', 'branded', 'named']);
// "as" after these: "sold as", "marketed as", "known as".
const AS_VERBS = new Set(['sold', 'marketed', 'known', 'branded', 'billed']);

/**
 * The mention follows words that introduce a name: "called", "dubbed", "sold as", "known as", or the kind of body
 * before it ("Rival Lowe's was also lower", "the chipmaker Arvex").
 */
export const isNamedByCue = (m: Mention): boolean =>
  NAMING_VERBS.has(m.before[0] ?? '') ||
  (m.before[0] === 'as' && AS_VERBS.has(m.before[1] ?? '')) ||
  isDescriptor(m.before[0] ?? '');
