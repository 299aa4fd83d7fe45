import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('kinds of match sport writing capitalises', () => {
  it('leaves out a cricket "Test", keeps the competition that names it', () => {
    const text = `Second Test, Eden Park, Auckland

Kieran Walsh made his ninth Test century as Ireland drew level. The third Test starts on Friday in Napier.

The draw keeps Ireland fifth in the World Test Championship.`;
    const shown = names(extractEntities(text, { lang: 'en' }));
    expect(shown).not.toContain('Test');
    expect(shown).toContain('Kieran Walsh');
    expect(shown).toContain('World Test Championship');
  });
});

describe('a "Grand Slam" and the series named so', () => {
  it('keeps "Grand Slam of X" as one name, and never lists "Slam" or "Grand Slam" alone', () => {
    const text = `Orla Dunmore won her team's first Grand Slam of Bowls title of the season, beating Kit Harlan.
Harlan has a long winning streak in Slam events. The next Slam event is in Red Deer. Dunmore won a Grand Slam
title last year too, and Harlan has won two Grand Slams.`;
    const shown = names(extractEntities(text, { lang: 'en' }));
    expect(shown).toContain('Grand Slam of Bowls');
    expect(shown).not.toContain('Slam');
    expect(shown).not.toContain('Grand Slam');
    expect(shown).not.toContain('Grand Slams');
  });
});
