/** Which tab the popup analyses: `?tabId=N` (tests, tools), else the active tab of the current window. */

/** Parses a positive integer `tabId` from a popup URL's query string; `null` when absent or malformed. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}
