import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
const text = `The House voted on Tuesday after members of the House Prairie Caucus refused to back the rule. The House
  will try again on Friday, and the House leadership said talks went on. Rep. Dora Vantreese, the caucus chair, left
  early; Vantreese said the House had been warned. Sen. Milo Quarrington said the Senate would wait, and Quarrington
  spoke with Rep. Ada Belcourt, who said Belcourt's group would help. Quarrington and Belcourt met again.`;

describe('a caucus', () => {
  it('is a body, apart from the chamber its name opens with', () => {
    const es = entitiesOf(text);
    expect(find(es, 'House Prairie Caucus')?.type).toBe('organization');
    expect(find(es, 'House Prairie Caucus')?.variants ?? []).not.toContain('House');
    expect(find(es, 'House')?.text).toBe('House');
  });

  it('is named by the title without its first word', () => {
    const shown = names(entitiesOf(text, 'en', 'Prairie Caucus sinks rule vote as chamber stalls'));
    expect(shown.indexOf('House Prairie Caucus')).toBeLessThan(shown.indexOf('Milo Quarrington'));
  });
});
