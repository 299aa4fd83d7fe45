import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe("a party's adjective and its members", () => {
  const text = `Democrats in the Orvale legislature blocked the budget on Monday. Democratic leaders said the cuts went too
far, and Democratic voters agreed in a poll. Senator Dina Castellane said Democrats would not move. Republicans
called the vote a stunt, and GOP leaders promised another one. Castellane said the Democratic caucus was united.`;

  it('drops the adjective when the article names the party', () => {
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('Democratic');
  });

  it('merges the members and the party’s other names into one party', () => {
    const es = entitiesOf(text);
    const gop = find(es, 'GOP');
    expect(gop).toBeDefined();
    expect(gop).toBe(find(es, 'Republicans'));
    expect(find(es, 'Democrats')).toBeDefined();
  });

  it('keeps the adjective when the article names the party no other way', () => {
    const alone = `Democratic leaders in the Orvale legislature blocked the budget on Monday. Senator Dina Castellane
said Democratic voters backed her, and Castellane promised a vote in May. Democratic members met again on Friday.`;
    expect(names(entitiesOf(alone))).toContain('Democratic');
  });
});
