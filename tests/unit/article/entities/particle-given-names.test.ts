import { describe, expect, it } from 'vitest';
import { givenNameAndParticle, isPersonShaped } from '@/utils/article/entities/person-shape';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a given name that is also a common word, before a surname particle', () => {
  it('reads "Marine Le Pen" as a person and « Marine nationale » as a body, apart', () => {
    const es = entitiesOf(
      `Marine Le Pen a visité Brest mardi. La députée du RN, Marine Le Pen, a rencontré des marins ;
selon Le Pen, la Marine nationale manque de frégates. La Marine nationale n’a pas répondu. La marine
marchande recrute aussi.`,
      'fr',
    );
    expect(find(es, 'Marine Le Pen')?.type).toBe('person');
    expect(find(es, 'Marine Le Pen')?.count).toBe(3);
    expect(find(es, 'Marine Le Pen')?.variants).toContain('Le Pen');
    expect(find(es, 'Marine nationale')?.type).toBe('organization');
    expect(find(es, 'Marine nationale')?.count).toBe(2);
  });

  it('reads the name in English text too, and leaves "Marine Corps" and « Armée populaire » bodies', () => {
    const en = entitiesOf(
      `Marine Le Pen said on Tuesday that she would run again. Critics said Le Pen had changed little. A
Marine Corps officer was also at the rally, where the Marine Corps band played.`,
    );
    expect(find(en, 'Marine Le Pen')?.type).toBe('person');
    expect(find(en, 'Marine Le Pen')?.count).toBe(2);
    expect(find(en, 'Marine Corps')?.type).toBe('organization');
    const fr = entitiesOf(
      `L’Armée populaire défile à Pékin. Selon l’historien, l’Armée populaire grandit.`,
      'fr',
    );
    expect(find(fr, 'Armée populaire')?.type).toBe('organization');
  });

  it('needs the particle: a lone common word or a body word before a surname says no person', () => {
    expect(givenNameAndParticle(['marine', 'le', 'pen'])).toBe(true);
    expect(givenNameAndParticle(['marine', 'nationale'])).toBe(false);
    expect(givenNameAndParticle(['rose', 'de', 'france'])).toBe(false);
    expect(isPersonShaped('marine le pen')).toBe(true);
    expect(isPersonShaped('marine nationale')).toBe(false);
    expect(isPersonShaped('groupe le roux')).toBe(false);
    const es = entitiesOf(
      `Le Groupe Le Roux a racheté une usine. Le Groupe Le Roux emploie mille salariés.`,
      'fr',
    );
    expect(names(es)).not.toContain('Le Roux');
    expect(find(es, 'Groupe Le Roux')?.type).not.toBe('person');
  });
});

describe('a given name that is a function word, before a surname inside a sentence', () => {
  it('opens the person’s full name', () => {
    const text = `The club's 17-year-old Will Tarrant finished it, and the runner May Odessin came second. Later,
Tarrant said he was happy.`;
    const es = entitiesOf(text);
    expect(find(es, 'Will Tarrant')?.type).toBe('person');
    expect(find(es, 'Will Tarrant')?.variants).toContain('Tarrant');
    expect(names(es)).toContain('May Odessin');
  });

  it('stays a function word in a title’s case or before a known body', () => {
    const text = `His book Why Harbours Will Fail sold well. The vote in May Parliament held was lost, and the
party will Win Back voters, he said. From January to June Varrolux exported half its output, Varrolux said.`;
    const shown = names(entitiesOf(text));
    expect(shown.some((n) => /^(?:Will|May|June) /.test(n))).toBe(false);
    expect(shown).toContain('Varrolux');
  });
});

describe('a Germanic particle after an unknown given name (types21)', () => {
  it('shapes "Quillon van Brask" as a person, not "Hoek van Holland"', () => {
    expect(isPersonShaped('quillon van brask')).toBe(true);
    expect(isPersonShaped('quillon van der brask')).toBe(true);
    expect(isPersonShaped('hoek van holland')).toBe(false);
  });

  it('types the rider named with the surname alone later', () => {
    const es = entitiesOf(
      `Le Belge s'est imposé devant Quillon van Brask, revenu dans les labours. Van Brask a fini troisième.`,
      'fr',
    );
    expect(find(es, 'Quillon van Brask')?.type).toBe('person');
  });
});
