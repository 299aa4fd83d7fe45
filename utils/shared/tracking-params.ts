/**
 * Query parameters that only track where a click came from: removing them never changes the page.
 * Ambiguous names (`ref`, `source`, `id`) are deliberately kept: on some sites they select content.
 */
const EXACT = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'ref_src',
  'ref_url',
  'xtor',
  'xts',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wickedid',
  '_ga',
  '_gl',
  'at_medium',
  'at_campaign',
]);

const PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

/** Whether a query parameter name is a known tracking parameter (case-insensitive). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return EXACT.has(lower) || PREFIXES.some((p) => lower.startsWith(p));
}
