// The words before a threat group's name: "the hacker group X", « le groupe de pirates X », "ransomware gang X".
// « groupe », "group", « collectif », "actor" alone also open a company (« le groupe Novachim »), a council's
// party (« le groupe d'opposition X ») or a band: they say threat group only beside a threat word.

/** Words that say threat group on their own. */
const THREAT_CUES = new Set(['gang', 'hackers', 'pirates']);

/** Words that say group only next to a threat word. */
const GENERIC_CUES = new Set(['groupe', 'group', 'collectif', 'acteur', 'actor']);

/** Threat words written next to a generic one: "hacker group", « groupe de pirates », "threat actor". */
const THREATS = new Set(
  `hacker hackers pirate pirates ransomware rancongiciel cybercriminel cybercriminels cybercriminal cybercriminals
  criminal criminel threat menace apt espionnage espionage`.split(/\s+/),
);

/** The two folded words before a name, nearest first, open a threat group's name. */
export function groupCued(before: readonly string[]): boolean {
  if (before.some((w) => THREAT_CUES.has(w))) return true;
  return before.some((w) => GENERIC_CUES.has(w)) && before.some((w) => THREATS.has(w));
}
