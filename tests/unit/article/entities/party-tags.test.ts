import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a party and state tag after a lawmaker', () => {
  it('is no name ("D-Mass.", "R-Texas", "I-Vt.")', () => {
    const shown = names(
      entitiesOf(`Sen. Nora Blakely, D-Mass., said the bill would fail. Rep. Cal Hendry, R-Texas, disagreed, and Sen.
      Ivo Marsh, I-Vt., did not vote. Blakely and Hendry met again on Friday.`),
    );
    expect(shown.some((n) => /^[RDI]-/.test(n))).toBe(false);
    expect(shown).toContain('Nora Blakely');
  });

  it('keeps a name of the same shape that is no state ("D-Day")', () => {
    expect(names(entitiesOf(`Veterans marked D-Day in Normandy on Friday. D-Day was in 1944.`))).toContain(
      'D-Day',
    );
  });
});

describe('a party word before a politician', () => {
  it('is no part of the name, and party names stay whole', () => {
    const es = entitiesOf(
      `The race pits Democrat Jim Hollis against Republican Mark Denton, who succeeds Republican Paul Brack. Brack
endorsed Denton. The Republican National Committee and the Republican Party spent heavily.`,
    );
    expect(find(es, 'Jim Hollis')?.type).toBe('person');
    expect(find(es, 'Paul Brack')?.type).toBe('person');
    expect(names(es).some((n) => n.startsWith('Republican Paul') || n.startsWith('Democrat '))).toBe(false);
    expect(find(es, 'Republican Party')).toBeDefined();
  });
});
