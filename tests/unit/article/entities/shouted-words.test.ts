import { describe, expect, it } from 'vitest';
import { isWrittenLower } from '@/utils/article/entities/shouted-words';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('words in capitals', () => {
  it('reads a heading word the text inflects in lower case as a common word', () => {
    const lower = new Map([
      ['arrested', 2],
      ['wire', 1],
    ]);
    expect(isWrittenLower('arrests', lower)).toBe(true);
    // Stems shorter than four letters prove nothing: "WIRED" is a magazine.
    expect(isWrittenLower('wired', lower)).toBe(false);
    expect(isWrittenLower('quillon', lower)).toBe(false);
  });

  it('drops a blotter’s heading in capitals, keeps the towns and people', () => {
    const es = entitiesOf(`October 3: ARRESTS – Tove Ardal, 41, Brackwater, was arrested for theft.
October 4: ARRESTS – Harlan Voss, 30, Corbridge, was arrested for speeding.
October 5: ARRESTS – Lena Orm, 22, Brackwater, was arrested by Corbridge police.`);
    expect(names(es)).not.toContain('ARRESTS');
    expect(names(es)).toContain('Brackwater');
    expect(names(es)).toContain('Harlan Voss');
  });

  it('keeps an acronym in capitals that no lower-case word matches', () => {
    const es = entitiesOf(
      `October 3: QUELLA – the agency QUELLA fined Tove Ardal. QUELLA said it would appeal.`,
    );
    expect(names(es)).toContain('QUELLA');
  });
});

describe('a heading in capitals merged with one of its words', () => {
  it('is no name because it has several words', () => {
    const es = entitiesOf(`Open the menu at CUSTOMISE > GAME SETTINGS and pick a camera, Harlan Voss advises.
Settings change at once. The settings are saved for Harlan Voss and every player.`);
    expect(names(es)).not.toContain('GAME SETTINGS');
    expect(names(es)).toContain('Harlan Voss');
  });
});
