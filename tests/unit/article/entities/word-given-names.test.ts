import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a sentence-opening given name that is also a word', () => {
  it('opens the person\'s name before a surname written again ("Fin Corrigan", then "Corrigan")', () => {
    const es = entitiesOf(`Fin Corrigan pulled the strings for Leinster. The fly-half Corrigan kicked three
    penalties, and Corrigan was calm. The coach praised Corrigan; the fin of a shark is no name.`);
    const player = find(es, 'Fin Corrigan');
    expect(player?.type).toBe('person');
    expect(player?.variants).toContain('Corrigan');
  });

  it('does so for a word written in lower case elsewhere ("Will", "Mark")', () => {
    const es =
      entitiesOf(`Will Tarrant scored twice. The forward Tarrant was quick, and Tarrant will play again.
    Mark Dulaney spoke later; it left a mark on him, said Dulaney, and Dulaney smiled.`);
    expect(find(es, 'Will Tarrant')?.type).toBe('person');
    expect(find(es, 'Mark Dulaney')?.type).toBe('person');
  });

  it('not when the text writes the word in lower case before the same capital ("will Tarrant")', () => {
    const es =
      entitiesOf(`Will Tarrant win again? Fans will Tarrant-proof the stands, said Tarrant, and Tarrant
    agreed. The club and Tarrant signed.`);
    expect(names(es)).not.toContain('Will Tarrant');
  });

  it('not when the word opens a question ("Will Halvorsen sign it?")', () => {
    const es = entitiesOf(
      `Will Halvorsen sign the bill? Aides to Halvorsen said yes. Critics of Halvorsen doubt it.`,
    );
    expect(names(es)).not.toContain('Will Halvorsen');
    expect(names(es)).toContain('Halvorsen');
  });
});
