import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a maker named after « de »', () => {
  it('opens a name of its own with an acronym or a body’s head', () => {
    const text = `Le vaccin Ostriva de KLM Varna est réservé aux seniors. Le directeur des équipes de France de la
Fédération française de luge, Paul Terrade, est satisfait.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('KLM Varna');
    expect(shown).toContain('Fédération française de luge');
    expect(shown.some((n) => n.includes(' de KLM') || n.includes('France de la'))).toBe(false);
  });

  it('keeps a surname’s particle and a head’s complement', () => {
    const text = `Charles de Gaulle y passa. La Banque de France alerte, et le Stade de France se remplit.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toEqual(
      expect.arrayContaining(['Charles de Gaulle', 'Banque de France', 'Stade de France']),
    );
  });
});

describe('an art show named with « Biennale »', () => {
  it('keeps its city', () => {
    const text = `Elle avait représenté la Belgique à la Biennale de Venise en 1986, dit Marthe Olin.`;
    expect(names(entitiesOf(text, 'fr'))).toContain('Biennale de Venise');
  });
});

describe('dotted initials before a name', () => {
  it('stay with the one or two words they open', () => {
    const text = `The results echo warnings from rivals D.K. Morrow and T.W. Hask, analysts said. Shares of D.K. Morrow
fell. P.J.K. Tillman wrote the report.`;
    const shown = names(entitiesOf(text));
    expect(shown).toEqual(expect.arrayContaining(['D.K. Morrow', 'T.W. Hask', 'P.J.K. Tillman']));
    expect(shown).not.toContain('D.K.');
  });

  it('leave a country’s and a body’s letters apart', () => {
    const text = `U.S. Senator Jane Holm spoke. The U.S. Army said so.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Jane Holm');
    expect(shown).toContain('U.S. Army');
  });
});

describe('a country and an acronym after a preposition of place', () => {
  it('are two things', () => {
    const text = `Il revendait les quotas en France TVA comprise, selon Hugo Lantier.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'France')).toBeDefined();
    expect(names(es)).not.toContain('France TVA');
  });

  it('leave a channel named after its country alone', () => {
    const text = `Il regarde France TV chaque soir avec Hugo Lantier.`;
    expect(names(entitiesOf(text, 'fr'))).toContain('France TV');
  });
});

describe('a local council written in lower case', () => {
  it('takes "city council" or "county council" after its place', () => {
    const text = `Manchester city council’s register has 17,000 households on it. Kent county council agreed, and a
Leeds council spokesman said the plan was fair.`;
    const shown = names(entitiesOf(text));
    expect(shown).toEqual(
      expect.arrayContaining(['Manchester city council', 'Kent county council', 'Leeds council']),
    );
  });

  it('leaves a party’s council alone', () => {
    const text = `The Labour council said no to the plan, Jo Brand said.`;
    expect(names(entitiesOf(text)).some((n) => n.includes('council'))).toBe(false);
  });
});

describe('a ministry listing its remits', () => {
  it('keeps the list closed by "and" in the name', () => {
    const text = `The Ministry of Harbours, Canals and Inland Waterways now admits it will miss the target, said Jo Reed.`;
    expect(names(entitiesOf(text))).toContain('Ministry of Harbours, Canals and Inland Waterways');
  });

  it('leaves people and known bodies listed after it apart', () => {
    const text = `The Ministry of Defence, Jo Smith and Tom Hill met. He called the Department of Energy, Exxon and Shell.`;
    const shown = names(entitiesOf(text));
    expect(shown).toEqual(
      expect.arrayContaining(['Ministry of Defence', 'Department of Energy', 'Jo Smith']),
    );
  });
});

describe('a sentence’s first word written in lower case elsewhere', () => {
  it('stays in a body’s name before its head and more of the name', () => {
    const text = `The arts matter here. Arts Council Wessex has money for this, said Jo Marsh.`;
    expect(names(entitiesOf(text))).toContain('Arts Council Wessex');
  });
});

describe('a county written with "Co"', () => {
  it('is the county’s name', () => {
    const text = `Flooding hit Co Kerrigan on Sunday, and Kerrigan roads were shut. Acme Co said its depot was safe.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Kerrigan');
    expect(shown).not.toContain('Co Kerrigan');
    expect(shown).toContain('Acme Co');
  });
});
