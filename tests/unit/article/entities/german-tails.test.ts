import { describe, expect, it } from 'vitest';
import { germanMentions } from './german-mentions';

// Texts written for these tests (not taken from any corpus).

describe('German: a role compound after a person’s name is no part of it', () => {
  it('ends the name before the role, keeps a name without one', () => {
    const ms = germanMentions(
      'Von 2001 bis 2004 war Hans-Peter Wendling Chorleiter der Kantorei. Danach sprach Anna Berger Pressesprecherin.',
    );
    expect(ms).toContain('Hans-Peter Wendling');
    expect(ms).toContain('Anna Berger');
    expect(ms.some((m) => /Chorleiter|Pressesprecherin/.test(m))).toBe(false);
  });
});
