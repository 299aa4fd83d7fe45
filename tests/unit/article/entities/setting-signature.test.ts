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
