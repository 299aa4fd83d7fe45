import { describe, expect, it } from 'vitest';
import { germanMentions } from './german-mentions';

// Texts written for these tests (not taken from any corpus).

describe('German: a person’s genitive owns the noun after it', () => {
  it('shows the owner without its "-s" and drops the noun owned', () => {
    const ms = germanMentions(
      `Im Foyer hängt Gerhard Holzmanns Leitspruch an der Wand. Nach Jens P.s Unfall kam die Polizei. Jens P. war
29 Jahre alt. So beginnt Anna Falks Inszenierung von Bertold Kramms Roman. Falk sagte, Kramm sei modern.`,
    );
    for (const n of ['Gerhard Holzmann', 'Jens P.', 'Anna Falk', 'Kramm']) expect(ms).toContain(n);
    expect(ms.some((n) => / (?:Leitspruch|Unfall|Inszenierung)|Holzmanns|Falks/.test(n))).toBe(false);
  });

  it('keeps a middle name in "-s" and a surname the text writes with its "-s" alone', () => {
    const ms = germanMentions(
      `Johann Amadeus Korngold schrieb die Oper. Korngold lebte in Wien. Die Peter Gates Stiftung half: Gates
sagte, die Stiftung fördere Musik.`,
    );
    expect(ms).toContain('Johann Amadeus Korngold');
    expect(ms.some((n) => n === 'Peter Gate' || n === 'Johann Amadeu')).toBe(false);
  });
});
