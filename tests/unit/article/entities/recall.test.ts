import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a name capitalised once inside a sentence and once elsewhere', () => {
  it('keeps a word written after a lower-case word and again at a sentence start', () => {
    const es =
      entitiesOf(`The expedition reached the northern island of Varnholm on Monday after a long crossing.
Varnholm has no harbour, so the crew of Ida Brenner rowed ashore. Ida Brenner said the ice was thin.`);
    expect(find(es, 'Varnholm')).toBeDefined();
  });

  it('keeps a French place after « de » and again opening a paragraph', () => {
    const es = entitiesOf(
      `Les propriétaires du territoire communal de Tessenay étudieront le drainage.
Tessenay. — L’assemblée aura lieu dimanche, a indiqué M. Louis Farel.`,
      'fr',
    );
    expect(find(es, 'Tessenay')).toBeDefined();
  });

  it('does not keep a word capitalised after a comma, a semicolon or in labels', () => {
    const es = entitiesOf(`The council met in Corbridge on Tuesday. Resolved, That the bridge be repaired.
Therefore, Resolved, that the clerk of Corbridge write to the county. Whereas the county pays; Whereas it delays.
Penalties: Harlan Voss. The referee, Harlan Voss, wrote: Penalties were rare.`);
    for (const junk of ['Resolved', 'Whereas', 'Penalties']) expect(names(es)).not.toContain(junk);
    expect(find(es, 'Corbridge')).toBeDefined();
  });
});

describe('the Arabic article before a name', () => {
  it('keeps « al- » names, still drops prefixed adjectives', () => {
    const es =
      entitiesOf(`Pilgrims prayed at al-Marwa on Friday. The anti-Brevian protest did not reach al-Marwa.
Guards at al-Marwa closed the gates, said Omar Haddad. Haddad called the pro-Tarvish group peaceful.`);
    expect(find(es, 'al-Marwa')?.count).toBe(3);
    expect(names(es).some((n) => /anti-|pro-/.test(n))).toBe(false);
  });
});

describe('French institutions with a lower-case complement', () => {
  it('reads « Société des nations » whole', () => {
    const es = entitiesOf(
      `La Suisse n’entrera dans la Société des nations que si sa neutralité est respectée.
Le Conseil fédéral a étudié l’organisation de la Société des nations avec soin.`,
      'fr',
    );
    expect(find(es, 'Société des nations')?.count).toBe(2);
    expect(names(es)).not.toContain('Société');
  });

  it('does not take « Quant » opening a sentence into a name', () => {
    const es = entitiesOf(
      `Le club de Marnoz est tombé en Ligue B. Quant aux juniors de Marnoz, ils restent en tête.`,
      'fr',
    );
    expect(names(es).some((n) => n.includes('Quant'))).toBe(false);
  });
});

describe('two capitals written once', () => {
  it('drops an unexplained two-letter abbreviation seen once, keeps one written twice', () => {
    const es = entitiesOf(`The _VH congress met in Tarnow. Delegates of the RZ union spoke first.
The RZ union asked Tarnow for a hall. Mayor Ilse Dorn agreed.`);
    expect(names(es)).not.toContain('VH');
    expect(find(es, 'RZ')).toBeDefined();
  });
});

describe('a place that names a business', () => {
  it('keeps a town apart from a company named after it', () => {
    const es =
      entitiesOf(`The venture will be called the Harnby Precision Cable Company Ltd. It will build a new plant
in Harnby, near the coast. Output at Harnby should double, the company said.`);
    expect(find(es, 'Harnby')?.count).toBe(2);
    expect(find(es, 'Harnby')?.text).toBe('Harnby');
  });

  it('keeps a town apart from the mills named after it, joins a family name written first', () => {
    const es =
      entitiesOf(`The Dellmoor Roller Mills furnish flour. I left Dellmoor in May; Dellmoor is the place
to live. President Park Jae Hyun visited Seoul. Park said the talks went well.`);
    expect(find(es, 'Dellmoor')?.text).toBe('Dellmoor');
    expect(find(es, 'Park')).toBe(find(es, 'Park Jae Hyun'));
  });

  it('still joins a company’s short name to its legal name', () => {
    const es =
      entitiesOf(`Nordhaven Robotics Inc said on Monday it would hire 200 people. Nordhaven makes arms
for warehouses, and Nordhaven shares rose.`);
    expect(find(es, 'Nordhaven')?.text).toBe('Nordhaven Robotics');
  });
});
