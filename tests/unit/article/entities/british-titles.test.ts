import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe("titles British papers write without a full stop, and a prosecutor's role", () => {
  const text = `The committee backed the plan on Tuesday. Coun Nadia Brightwell said it was overdue, while Cllr Tomas Rendle called it rushed. Prof Imogen Castlereagh, who studies housing, said the figures were thin. In court, Assistant Prosecuting Attorney Wendell Farrow asked for a delay. Brightwell, Rendle, Castlereagh and Farrow will meet again next month. Professor Castlereagh later wrote to the Council.`;

  it('keeps the name without the title', () => {
    const shown = names(entitiesOf(text));
    for (const n of ['Nadia Brightwell', 'Tomas Rendle', 'Imogen Castlereagh', 'Wendell Farrow'])
      expect(shown).toContain(n);
    expect(shown.some((n) => /^(Coun|Cllr|Prof|Assistant|Prosecuting)\b/.test(n))).toBe(false);
    expect(find(entitiesOf(text), 'Nadia Brightwell')?.type).toBe('person');
  });
});

describe('local legislators’ titles', () => {
  it('are not shown with the name: "Assemblymember Lena Orsk" is "Lena Orsk", merged with "Orsk"', () => {
    const es =
      entitiesOf(`Assemblymember Lena Orsk and Councilmember Ben Harte voted against the Orvale budget on
Monday. Orsk said the cuts went too far, and Harte agreed. Alderwoman Maya Osei said Osei would vote yes.`);
    expect(find(es, 'Lena Orsk')?.count).toBe(2);
    expect(find(es, 'Ben Harte')?.count).toBe(2);
    expect(find(es, 'Maya Osei')).toBeDefined();
  });
});
