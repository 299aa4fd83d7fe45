/**
 * Last words of companies' names that are not ORG_WORDS (which also filter a lone word and open names):
 * "Hewlett Packard Enterprise", "Kestrel Enterprises", "Great Western Railway". Alone ("Enterprise", a ship or
 * a car-hire firm) they say nothing.
 */
export const COMPANY_LAST: ReadonlySet<string> = new Set([
  'enterprise',
  'enterprises',
  'railway',
  'railways',
]);
