import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

const study = `Researchers at the Halden Institute found that adherence fell most among Black and rural patients after a
pharmacy closed. The Halden Institute studied 3,000 closures. Drops in Black and rural communities lasted a year,
said Dr. Mara Quill of the Halden Institute. Fenwick Pharmacy and Corran Drugs closed hundreds of stores.`;
const title = 'When the pharmacy closes, patients stop taking heart drugs';

describe('a kind of people set beside a lower-case one', () => {
  it('comes after the study’s bodies and people, like a nationality word', () => {
    const shown = names(entitiesOf(study, 'en', title));
    expect(shown.slice(0, 4)).toEqual(['Halden Institute', 'Mara Quill', 'Fenwick Pharmacy', 'Corran Drugs']);
    expect(shown).toContain('Black');
  });

  it('keeps its place for a name once joined to other names by a determiner', () => {
    const firms = study
      .replaceAll('Black and rural patients', 'Tarvo and rural patients')
      .replace('Drops in Black and rural communities', 'Drops at Tarvo and other chains');
    expect(names(entitiesOf(firms, 'en', title))[1]).toBe('Tarvo');
  });
});
