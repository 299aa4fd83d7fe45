import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('German: a common noun written before a name is no part of it', () => {
  it('splits the noun off an acronym, a known body and a brand, and joins the name to its other mentions', () => {
    const es = entitiesOf(
      `Der Stromlieferant EDF erhöht die Preise. Die EDF begründet das mit den Kosten. Auch der Konkurrent
Google und die Nachrichtenagentur Reuters berichten darüber, ebenso die Video-Plattform Youtube.
Der Autozulieferer BKW und der Chiphersteller BKW äußern sich nicht. Das Magazin Global Energy Review
zitiert Experten; Global Energy Review erscheint monatlich.`,
      'de',
    );
    expect(find(es, 'EDF')?.count).toBe(2);
    expect(find(es, 'Google')?.type).toBe('organization');
    expect(find(es, 'Reuters')).toBeDefined();
    expect(find(es, 'Youtube')).toBeDefined();
    expect(find(es, 'BKW')?.count).toBe(2);
    expect(find(es, 'Global Energy Review')?.count).toBe(2);
    expect(
      names(es).some((n) => /Stromlieferant|Konkurrent|Nachrichtenagentur|Autozulieferer|Magazin/.test(n)),
    ).toBe(false);
  });

  it('splits a leader off the brand it leads ("Marktführer Samsung")', () => {
    const es = entitiesOf('Der Marktführer Samsung senkt die Preise, die Konkurrenz zieht nach.', 'de');
    expect(names(es)).toContain('Samsung');
    expect(names(es).some((n) => n.includes('Marktführer'))).toBe(false);
  });

  it('splits a member or a plural kind off the country after it', () => {
    const es = entitiesOf(
      'Die Grenze zum EU-Mitglied Irland bleibt offen. Das Projekt läuft in den Ländern Indien und Kenia.',
      'de',
    );
    for (const name of ['Irland', 'Indien']) expect(names(es)).toContain(name);
    expect(names(es).some((n) => /Mitglied|Ländern/.test(n))).toBe(false);
  });

  it('keeps a body named after its place, a legal form, a numbered name, a name ending like a noun', () => {
    const es = entitiesOf(
      `Die Universität Hamburg forscht. Die Universität Hamburg lehrt seit 1919. Das Fraunhofer ISE
forscht, und das Fraunhofer ISE misst. Die Nordex SE baut Anlagen; die Nordex SE wächst. Die Weltgruppe II
spielt im Mai, die Weltgruppe II im Juni.`,
      'de',
    );
    expect(names(es)).toContain('Universität Hamburg');
    expect(names(es)).toContain('Fraunhofer ISE');
    expect(find(es, 'Nordex SE')?.count ?? find(es, 'Nordex')?.count).toBe(2);
    expect(names(es)).toContain('Weltgruppe II');
  });

  it('leaves French and English alone, where a capital before an acronym belongs to the name', () => {
    const fr = entitiesOf(`La Fondation ABC soutient l’école. La Fondation ABC a été créée en 1990.`, 'fr');
    expect(names(fr)).toContain('Fondation ABC');
    const en = entitiesOf(
      `The Marketing Association AMA met on Monday. The Marketing Association AMA voted.`,
    );
    expect(names(en).some((n) => n.startsWith('Marketing Association'))).toBe(true);
  });
});
