import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a club named in full, then by its town', () => {
  it('joins "Houston" to "Houston Moles" when the town plays', () => {
    const es =
      entitiesOf(`The Houston Moles beat the Denver Ospreys 24-20 on Sunday. Houston led 14-0 at half-time,
      and a late Houston drive sealed it. Dana Kirk scored twice for the Ospreys.`);
    const club = find(es, 'Houston Moles');
    expect(club?.variants).toContain('Houston');
    expect(club?.type).toBe('organization');
  });

  it('joins "Glasgow" to "Glasgow Rovers", a club word closing the name', () => {
    const es =
      entitiesOf(`Glasgow Rovers lost 31-24 to Leinster on Saturday. A final Glasgow attack ended with a
      knock-on, and Leinster held on.`);
    expect(find(es, 'Glasgow Rovers')?.variants).toContain('Glasgow');
  });

  it('leaves the town apart where the article places things in it', () => {
    const es =
      entitiesOf(`The Houston Moles signed Dana Kirk on Monday. Kirk grew up in Houston and studied in
      Houston before a season in Denver. Houston is a city of two million people.`);
    expect(find(es, 'Houston Moles')?.variants ?? []).not.toContain('Houston');
  });

  it('joins the town to a club named by its initials, read names only, unless a preposition places things there', () => {
    const de = entitiesOf(
      'Der TSV Augsburg hat am Samstag gewonnen. Augsburg führte früh, und Augsburg hielt das Ergebnis.',
      'de',
    );
    expect(find(de, 'TSV Augsburg')?.variants).toContain('Augsburg');
    const placed = entitiesOf(
      'Der TSV Augsburg sucht einen Trainer. Die Geschäftsstelle liegt in Augsburg, die Fans kommen aus Augsburg.',
      'de',
    );
    expect(find(placed, 'TSV Augsburg')?.variants ?? []).not.toContain('Augsburg');
  });

  it('leaves a country apart from its national side', () => {
    const es =
      entitiesOf(`Ireland Wolves beat Italy on Friday. Ireland led 20-3 at the break, and Ireland's defence
      held firm.`);
    expect(find(es, 'Ireland Wolves')?.variants ?? []).not.toContain('Ireland');
  });
});
