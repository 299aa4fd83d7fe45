// "Grassy Narrows First Nation", "Wabigoon Lake Ojibway Nation", "Assembly of First Nations": a First Nation, or a
// nation named with its place and its people, governs itself: a body. Two words ("the Rainbow Nation", "Start-Up
// Nation") are as often an epithet, left alone.

/** The folded name holds "first nation(s)", or "nation" after two words at least. */
export function namesNationBody(key: string): boolean {
  const ws = key.split(' ');
  return ws.some(
    (w, i) => (w === 'nation' || w === 'nations') && (ws[i - 1] === 'first' || (w === 'nation' && i >= 2)),
  );
}
