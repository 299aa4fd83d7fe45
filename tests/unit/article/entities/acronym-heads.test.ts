import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('an acronym of four letters heading a French name', () => {
  it('keeps its second word inside a line', () => {
    const es = entitiesOf(
      `Les travaux ont été annoncés jeudi par KORT Réseau. Selon KORT Réseau, la ligne fermera trois week-ends.
Le directeur de KORT Réseau, Paul Martin, a répondu aux élus de Lille.`,
      'fr',
    );
    expect(names(es)).toContain('KORT Réseau');
    expect(names(es)).not.toContain('Réseau');
  });

  it('leaves a dateline at a line’s start and a role before a person apart', () => {
    const es = entitiesOf(
      `LILLE Martine Aubry a visité jeudi le chantier de la gare avec des élus.
Le chantier est suivi par la KORT Directrice Anne Vidal, qui a salué Martine Aubry à Lille.`,
      'fr',
    );
    expect(names(es)).not.toContain('LILLE Martine');
    expect(names(es)).not.toContain('KORT Directrice Anne Vidal');
  });
});

describe('an acronym before a venue’s head', () => {
  it('is one name, the venue, in English and French', () => {
    const en = entitiesOf(
      'Rovers won at a packed KVX Park on Saturday. The crowd at KVX Park sang, said Ada Kell.',
    );
    expect(names(en)).toContain('KVX Park');
    expect(names(en)).not.toContain('KVX');
    const fr = entitiesOf(
      'Le concert a lieu au ZRT Arena de Lille. Le ZRT Arena affiche complet, dit Paul Martin.',
      'fr',
    );
    expect(names(fr)).toContain('ZRT Arena');
  });

  it('leaves a known place in capitals before a park apart', () => {
    const es = entitiesOf(
      'LONDON Park rangers closed the gates. The park reopened, said Ada Kell in London.',
    );
    expect(names(es)).not.toContain('LONDON Park');
  });
});

describe('"the" before an acronym and an organ’s head', () => {
  it('names the organ whole, apart from the body', () => {
    const es = entitiesOf(
      `The KORVA Council, which brings together the seven members, met on Tuesday. KORVA is being built in Spain.
KORVA said costs would rise.`,
    );
    expect(find(es, 'KORVA Council')).toBeDefined();
    expect(find(es, 'KORVA')?.text).toBe('KORVA');
  });

  it('leaves a role before a person', () => {
    const shown = names(entitiesOf(`On Monday the KORVA Board Chair Ann Pell spoke.`));
    expect(shown.some((n) => n.startsWith('KORVA Board'))).toBe(false);
  });
});
