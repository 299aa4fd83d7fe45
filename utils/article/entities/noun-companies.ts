// "den Arm", "über Orange bis Rot": where every noun takes a capital, a known company named by a common noun of the
// language is the noun unless the text says company ("der Chipdesigner Arm", "Arm Holdings").
import { isCompanyNamed } from './company-nouns';
import { words } from './gazetteer/set';
import type { EntityGroup } from './group';

// Known companies whose name is a German noun: an arm, the colour orange.
const GERMAN_NOUNS = words('arm orange');

/**
 * In German, the group's one name is a known company's that is also a common noun, and no company noun introduces
 * it (see companyNamed): no evidence of the company. `companies`: words the text writes after a company noun.
 */
export function nounNotCompany(
  g: EntityGroup,
  lang: string,
  companies: ReadonlySet<string> | undefined,
): boolean {
  return lang === 'de' && [...g.keys].every((k) => GERMAN_NOUNS.has(k)) && !isCompanyNamed(g, companies);
}
