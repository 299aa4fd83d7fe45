import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('one person written several ways', () => {
  it('joins a suffix, a middle initial, a short given name and the surname alone', () => {
    const es = entitiesOf(`Gregory Valdane Jr., 41, admitted the fraud in Albany. His lawyer said Greg Valdane
regretted it. A filing names him Gregory T. Valdane. Valdane will be sentenced in May, and Valdane may appeal.`);
    const person = find(es, 'Valdane');
    expect(person?.count).toBe(5);
    expect(person?.variants).toEqual(expect.arrayContaining(['Greg Valdane', 'Gregory T. Valdane']));
    expect(names(es).filter((n) => n.includes('Valdane'))).toHaveLength(1);
  });

  it('joins a common short given name to the full one ("Josh", "Joshua")', () => {
    const es = entitiesOf(`Joshua Perrault, an engineer in Tulsa, measured the smoke. Josh Perrault posted the
readings online. Perrault said the city should act.`);
    expect(find(es, 'Joshua Perrault')?.count).toBe(3);
  });

  it('joins a surname opening with particles to the one full name ending with it', () => {
    const es = entitiesOf(`The method was designed by Anouk van der Brielle and Tomas Herrik. Van der Brielle
later said the method was slow. Herrik agreed with van der Brielle.`);
    expect(find(es, 'Anouk van der Brielle')?.count).toBe(3);
    expect(names(es)).not.toContain('Van der Brielle');
  });

  it('joins a common East Asian family name to the one name it opens', () => {
    const es = entitiesOf(
      `In Hong Kong, Xiao Qiang spoke on Monday. Later Xiao said the police had followed him.`,
    );
    expect(find(es, 'Xiao Qiang')?.count).toBe(2);
  });

  it('keeps apart a father and his son, and two people a short name could both be', () => {
    const es =
      entitiesOf(`Harold Penwick Sr. founded the firm; Harold Penwick Jr. runs it now. Chris Oduya and
Christine Oduya, his sister, spoke for Christopher Oduya. Dan Merrow thanked Daniel Merrow and Danielle Merrow.`);
    expect(find(es, 'Harold Penwick Sr')?.variants).not.toContain('Harold Penwick Jr');
    expect(find(es, 'Chris Oduya')?.variants ?? []).toHaveLength(0);
    expect(find(es, 'Christine Oduya')?.variants ?? []).toHaveLength(0);
    expect(find(es, 'Daniel Merrow')?.variants).toContain('Dan Merrow');
    expect(find(es, 'Danielle Merrow')?.variants ?? []).toHaveLength(0);
  });

  it('keeps apart a man and his son named alike but for the suffix', () => {
    const es = entitiesOf(`Walter J. Brannock Jr. campaigned in Ohio, where Walter J. Brannock had been
governor. Brannock spoke for an hour.`);
    expect(find(es, 'Walter J. Brannock Jr')?.variants).not.toContain('Walter J. Brannock');
    expect(find(es, 'Walter J. Brannock')?.variants ?? []).not.toContain('Brannock');
    const boxers =
      entitiesOf(`Roy Castell Jr. fought in Leeds on Saturday, and Castell Jr. won. His father, Roy
Castell Senior, watched from the ring.`);
    expect(find(boxers, 'Roy Castell Jr')?.variants).toContain('Castell Jr');
    expect(find(boxers, 'Roy Castell Jr')?.variants).not.toContain('Roy Castell Senior');
  });

  it('shows the full given name rather than its short form or an initial', () => {
    const es = entitiesOf(`Tributes were paid to Benjamin Oyelaran and to the late B. K. Oyelaran, the former
speaker. Matt Dorsey and Matthew Dorsey were both listed.`);
    expect(find(es, 'Benjamin Oyelaran')?.variants).toContain('B. K. Oyelaran');
    expect(names(es)).toContain('Benjamin Oyelaran');
    expect(find(es, 'Matthew Dorsey')?.variants).toContain('Matt Dorsey');
    expect(names(es)).toContain('Matthew Dorsey');
  });
});

describe('a name and the same name with a generational suffix', () => {
  it('are a father and his son, not a second surname', () => {
    const es = entitiesOf(
      'Quand Henri Valcourt fonde la compagnie en 1978, il a 40 ans. Son fils, Henri Valcourt Jr., dirige les terminaux.',
      'fr',
    );
    expect(find(es, 'Henri Valcourt Jr')?.variants ?? []).not.toContain('Henri Valcourt');
    expect(names(es)).toContain('Henri Valcourt');
  });

  it('types a full name with a middle initial and a generational suffix as a person', () => {
    const es = entitiesOf(
      'Martin K. Dovell Jr., 55, pleaded guilty on Monday. Simon T. Banning III, the prosecutor, spoke after him.',
    );
    expect(find(es, 'Martin K. Dovell Jr')?.type).toBe('person');
    expect(find(es, 'Simon T. Banning III')?.type).toBe('person');
  });
});
