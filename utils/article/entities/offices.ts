// Offices named by the title of the one who holds them: "New York State Attorney General", "the Inspector
// General", "the Ombudsman". The office acts ("the Attorney General is investigating") as a body does.
const OFFICE_HEADS = new Set(['attorney', 'inspector', 'surgeon', 'solicitor', 'auditor', 'comptroller']);
const OFFICES = new Set(['ombudsman', 'comptroller']);

/** The name (a folded key) ends with an office's title: "new york state attorney general", "state comptroller". */
export function namesAnOffice(key: string): boolean {
  const ws = key.split(' ');
  if (ws.length < 2) return false;
  const last = ws.at(-1) ?? '';
  return OFFICES.has(last) || (last === 'general' && OFFICE_HEADS.has(ws.at(-2) ?? ''));
}
