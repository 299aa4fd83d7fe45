// "Browns DL Sheldon Richardson", "Lakers PG Dana Reyes": a player's position, written as an abbreviation
// between a team and the player, belongs to neither.
import { nameKey } from './normalize';
import { isPersonShaped } from './person-shape';
import { isNameToken } from './span';
import type { Token } from './tokenize';

// Positions of American football, basketball, baseball, hockey and football (soccer), in capitals. One letter
// ("C", "K") and those that are also common acronyms elsewhere ("SF", "PR", "SS") are left out.
const POSITIONS = new Set(
  `QB RB WR TE OL OT OG DL DE DT LB ILB OLB MLB EDGE CB DB FB HB KR PG SG PF SP RP LHP RHP DH LW RW GK CDM CAM`.split(
    ' ',
  ),
);

/**
 * Index of a position abbreviation inside tokens[a..b) with a name before it and a person's full name after it,
 * or -1.
 */
export function positionInside(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 2; k++) {
    if (!POSITIONS.has(tokens[k]?.text ?? '') || !isNameToken(tokens[k - 1])) continue;
    const person = tokens
      .slice(k + 1, b)
      .map((t) => t.text)
      .join(' ');
    if (isPersonShaped(nameKey(person))) return k;
  }
  return -1;
}
