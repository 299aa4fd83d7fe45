import { describe, expect, it } from 'vitest';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { namesEvent } from '@/utils/article/entities/titled-events';
import { entitiesOf, names, rankedEntity } from './helpers';

describe('namesEvent', () => {
  it('reads a competition or a gathering by its event word', () => {
    expect(namesEvent(['nordic sprint league'])).toBe(true);
    expect(namesEvent(['coupe du monde'])).toBe(true);
    expect(namesEvent(['halvard velodrome'])).toBe(false);
  });
});

const report = [
  'Mira Kessel won the keirin at the Halvard velodrome to take the overall title in the Nordic Sprint League on',
  'Saturday. Kessel beat Ona Drever and Lise Varn in the final. Drever had won the sprint earlier. Varn said the',
  'track was fast. Kessel thanked her coach, Tom Brisk. Drever and Varn will race again in March. Brisk said',
  'Kessel was ready. Ida Rohn won the omnium. Rohn said she was tired. Petra Lund took the scratch race. Lund said',
  'it was her best day.',
].join(' ');

describe('a competition the title names', () => {
  it('comes before the riders the text names more often', () => {
    const shown = names(entitiesOf(report, 'en', 'Kessel wins keirin to seal Sprint League title'));
    expect(shown.indexOf('Nordic Sprint League')).toBe(1);
  });

  it('keeps its place when the title does not name it', () => {
    const shown = names(entitiesOf(report, 'en', 'Kessel wins keirin to seal the title'));
    expect(shown.indexOf('Nordic Sprint League')).toBeGreaterThan(4);
  });

  it('weighs as much as the title', () => {
    const league = rankedEntity('Nordic Sprint League', 'other', 6, { titled: true, event: true });
    const rider = rankedEntity('Ona Drever', 'person', 8.5, { titled: true });
    expect(readerOrder([rider, league]).map((e) => e.text)[0]).toBe('Nordic Sprint League');
    expect(readerOrder([rider, { ...league, event: false }]).map((e) => e.text)[0]).toBe('Ona Drever');
  });
});
