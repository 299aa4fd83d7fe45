// « Sdis 76 », « Samu 13 », « CPAM 93 »: French public services run per département, named by their acronym and
// the département's number. The pair is the service, no model of a product.
const DEPARTMENT_SERVICES = new Set(
  'sdis samu smur caf cpam crous udaf ddt ddtm ddpp ddets sdmis'.split(' '),
);
// A département's number: 01 to 95, or an overseas one (971 to 976).
const DEPARTMENT_NUMBER = /^(?:0?[1-9]|[1-8]\d|9[0-5]|97[1-6])$/;

/** A folded key of a département's service and its number (« sdis 76 »). */
export function namesDepartmentService(key: string): boolean {
  const cut = key.indexOf(' ');
  if (cut < 0 || !DEPARTMENT_SERVICES.has(key.slice(0, cut))) return false;
  return DEPARTMENT_NUMBER.test(key.slice(cut + 1));
}
