import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('"and" between two whole names', () => {
  it('lists "Kettle Ventures" and "Brindle Capital"', () => {
    const es = entitiesOf(`The round drew money from Kettle Ventures and Brindle Capital, the company said.`);
    expect(find(es, 'Kettle Ventures')).toBeDefined();
    expect(find(es, 'Brindle Capital')).toBeDefined();
  });

  it('lists a hospital and a cathedral', () => {
    const es = entitiesOf(`Patients were moved to St Ode's Hospital and Marrow Hill Cathedral on Friday.`);
    expect(find(es, "St Ode's Hospital")).toBeDefined();
    expect(es.some((e) => e.text.includes(' and '))).toBe(false);
  });

  it('ends a body before a nationality after "and" (another name opens there)', () => {
    const es = entitiesOf(
      `The raid was traced by the Harbour Fraud Agency and Danish police, officers said.`,
    );
    expect(find(es, 'Harbour Fraud Agency')).toBeDefined();
    expect(es.some((e) => e.text.includes(' and '))).toBe(false);
  });

  it('keeps one body named with "and"', () => {
    const es = entitiesOf(
      `The Securities and Exchange Commission fined the firm. The Energy and Commerce Committee met.`,
    );
    expect(find(es, 'Securities and Exchange Commission')).toBeDefined();
    expect(find(es, 'Energy and Commerce Committee')).toBeDefined();
  });
});

describe('a body named by its head alone, then "and" and a name', () => {
  it('lists two ("the Coalition and One Nation", "the Government and Sinn Féin")', () => {
    const shown = names(
      entitiesOf(`Senators from Labor voted for the bill on Tuesday, while the Coalition and One Nation opposed it.
      Talks between the Government and Sinn Féin stalled in Belfast on Monday.`),
    );
    expect(shown).not.toContain('Coalition and One Nation');
    expect(shown).not.toContain('Government and Sinn Féin');
    expect(shown).toContain('One Nation');
  });

  it('keeps a name whose last word heads a body or a law ("the Trade and Industry Committee")', () => {
    const shown = names(
      entitiesOf(`Members of the Trade and Industry Committee met on Monday. Lawyers said the Transport and Works Act
      applies, and the Securities and Exchange Commission agreed.`),
    );
    expect(shown).toContain('Trade and Industry Committee');
    expect(shown).toContain('Transport and Works Act');
    expect(shown).toContain('Securities and Exchange Commission');
  });
});
