import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('the players of a cricket scorecard', () => {
  const card = `Scores in the one-day match between Norland and Ostria on Sunday:
Norland
J. Pardew c Velloran b Maskeri 45
Ashby lbw b Tenfold 12
Quorvin run out 3
Hallistan not out 28
Bowling: Maskeri 10-1-41-2, Tenfold 9.3-0-38-1
Norland won by 20 runs. Velloran, Ashby, Quorvin and Hallistan all played in the last match too, and
Hallistan and Ashby will open again on Friday, when Velloran and Quorvin are rested.`;

  it('are people by the marks of the card, written by surname alone', () => {
    expect(typeOf(card, 'Velloran')).toBe('person');
    expect(typeOf(card, 'Maskeri')).toBe('person');
    expect(typeOf(card, 'Tenfold')).toBe('person');
    expect(typeOf(card, 'Ashby')).toBe('person');
    expect(typeOf(card, 'Quorvin')).toBe('person');
    expect(typeOf(card, 'Hallistan')).toBe('person');
  });

  it('leave the sides and names in prose alone', () => {
    expect(typeOf(card, 'Norland')).not.toBe('person');
    const prose = `The Tenfold fund grew by 4 percent. Tenfold said the plan b Maskeri wrote was not out of reach.`;
    expect(typeOf(prose, 'Maskeri')).not.toBe('person');
  });
});
