import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('signatures and credits in capitals', () => {
  it('ranks a photographer’s name glued before a paragraph, or in a parenthesised credit, after the subjects', () => {
    const text = `Le pianiste Paul Verdan revient à Lausanne. (ARCHIVES HUGO FAVRE)
CLAIRE ROCHAT Le pianiste nous reçoit chez lui, à Lausanne. Il a joué à Lyon et à Milan, et enseigne à Genève.
« Lausanne reste ma ville », dit Paul Verdan. Il joue cet hiver avec la violoniste Anne Borel.`;
    const order = names(entitiesOf(text, 'fr'));
    expect(order.slice(0, 2).sort()).toEqual(['Lausanne', 'Paul Verdan']);
    expect(order.indexOf('HUGO FAVRE')).toBeGreaterThan(order.indexOf('Genève'));
    expect(order.indexOf('CLAIRE ROCHAT')).toBeGreaterThan(order.indexOf('Genève'));
  });

  it('counts a name in capitals opening a line as a signature, one in a headline in capitals as a name', () => {
    const signed = `The council of Brakton voted to close the old bridge on Friday. Brakton will build a new one.
PETER ALDEN The vote split the council, and the mayor of Brakton said Hollin County would pay half. The work
starts in May, said Tom Reddy.`;
    const order = names(entitiesOf(signed));
    expect(order.indexOf('PETER ALDEN')).toBeGreaterThan(order.indexOf('Tom Reddy'));
    const headline = `PETER ALDEN WINS BRAKTON RACE
Peter Alden won the Brakton marathon on Sunday. Alden ran it in record time, ahead of Sam Hood.`;
    expect(names(entitiesOf(headline))[0]).toBe('Peter Alden');
  });
});

describe('datelines', () => {
  it('does not take the place a report is filed from for a headline name', () => {
    const text = `FERRY SERVICE RESUMES.
SAN DIEGO 2024-03-02
Ferries between Kelmar and Rossay sailed again on Saturday after a week of storms, the operator said.
The harbour of Kelmar reopened at dawn, and the first ferry reached Rossay at noon. Passengers who had waited
for days boarded with cars and bicycles, and the crossing took a little over two hours in calm water. More
sailings are planned for the weekend if the weather holds.`;
    const order = names(entitiesOf(text));
    expect(order.slice(0, 2)).toEqual(expect.arrayContaining(['Rossay', 'Kelmar']));
    expect(order).not.toContain('SAN DIEGO');
  });
});

describe('the setting of a story and its subjects', () => {
  const text = `Des pirates informatiques ont visé des ministères en Europe et aux États-Unis, selon Norvalis. Norvalis a
repéré le groupe Ombre-12 en mars. Ombre-12 vise surtout les messageries de Norvalis. Le groupe viendrait de Chine,
selon les enquêteurs. Les pirates ont aussi visé des comptes de Kelvar Bank.`;

  it('ranks a continent after the countries and bodies the story is about, even when the title names it', () => {
    const order = names(entitiesOf(text, 'fr', 'Des pirates espionnent l’Europe et les États-Unis'));
    expect(order.indexOf('Europe')).toBeGreaterThan(order.indexOf('Ombre-12'));
    expect(order.indexOf('États-Unis')).toBeLessThan(order.indexOf('Ombre-12'));
  });

  it('counts a country named by its adjective in the title, not by its people', () => {
    const adjective = names(entitiesOf(text, 'fr', 'Des pirates chinois espionnent l’Europe'));
    expect(adjective.indexOf('Chine')).toBeLessThan(adjective.indexOf('Europe'));
    expect(adjective.slice(0, 4)).toContain('Chine');
    const people = names(entitiesOf(text, 'fr', 'Des Chinois espionnent l’Europe'));
    expect(people.indexOf('Chine')).toBeGreaterThan(adjective.indexOf('Chine'));
    const english = `Hackers targeted ministries across Europe, Norvalis said. Norvalis tracked the group Shade-12 in
March; Shade-12 came from China, investigators said. Kelvar Bank was hit too.`;
    const order = names(entitiesOf(english, 'en', 'Chinese hackers spy on Europe'));
    expect(order.indexOf('China')).toBeLessThan(order.indexOf('Kelvar Bank'));
    expect(order.indexOf('China')).toBeLessThan(order.indexOf('Europe'));
  });
});

describe('a place that modifies a longer name', () => {
  it('shows a country written mostly before an office’s name after the people, and first when it acts', () => {
    const office = `Acting U.S. Attorney Dana Pell charged three men on Monday over a fake charity. The U.S. Attorney's
Office said the men raised money for flood victims and kept it. Pell said the U.S. District Court would hear the case
in May. Mark Ostin, who ran the charity, denied the charges. His lawyer, Ruth Bale, said Ostin would fight them.`;
    const order = names(entitiesOf(office));
    expect(order).toContain('U.S.');
    expect(order.indexOf('U.S.')).toBeGreaterThan(order.indexOf('Mark Ostin'));
    const acting = `The U.S. said on Monday it would lift tariffs on steel. The U.S. had raised them in May. Mark Ostin,
who runs a steel mill, welcomed the news. His partner, Ruth Bale, said the U.S. had waited too long.`;
    expect(names(entitiesOf(acting))[0]).toBe('U.S.');
  });

  it('shows a town written mostly as a firm’s seat ("the Brenmoor-based insurer") after the firm’s head', () => {
    const text = `Hackers stole the records of 40,000 members from Corvane Health, the Brenmoor-based insurer, on
Monday. Corvane Health said its systems were back. Fiona Tallis, its chief executive, said members would be told.
The Brenmoor-based firm has 200 staff. Mark Ostin, a security researcher, said the group was known.`;
    const order = names(entitiesOf(text));
    expect(order).toContain('Brenmoor');
    expect(order.indexOf('Brenmoor')).toBeGreaterThan(order.indexOf('Fiona Tallis'));
  });
});
