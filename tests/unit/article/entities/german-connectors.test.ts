import { describe, expect, it } from 'vitest';
import { germanMentions } from './german-mentions';

// Texts written for these tests (not taken from any corpus).

describe('German: "der", "des" and "von" join a name only after its head', () => {
  it('splits a noun and its genitive complement, and an author after a noun with its article', () => {
    const ms = germanMentions(
      `Das Fördergeld der Thüringer Aufbaukasse floss nach Erfurt. Die Prüfer der Aufbaukasse fanden nichts.
Getragen wird der Abend von Selberg.`,
    );
    expect(ms).toContain('Thüringer Aufbaukasse');
    expect(ms).toContain('Aufbaukasse');
    expect(ms).toContain('Selberg');
    expect(ms.some((n) => /(?:Fördergeld|Prüfer|Abend) /.test(n))).toBe(false);
  });

  it('keeps a body’s head with its complement, and "von" in a person’s name', () => {
    const ms = germanMentions(
      `Der Bundesverband der Deutschen Obstbauern warnt. Die Akademie der Künste lädt ein. Der Verein sagt, dass
Ursula von Wettin kommt.`,
    );
    expect(ms).toContain('Bundesverband der Deutschen Obstbauern');
    expect(ms).toContain('Akademie der Künste');
    expect(ms).toContain('Ursula von Wettin');
  });

  it('shows a body written after "des" as written alone', () => {
    const ms = germanMentions('Ein Sprecher des Landgerichts Kassel sagte, der Fall sei offen.');
    expect(ms).toContain('Landgericht Kassel');
    expect(ms).not.toContain('Landgerichts Kassel');
  });
});
