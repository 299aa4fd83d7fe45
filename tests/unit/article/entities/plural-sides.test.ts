import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a capitalised plural after "the"', () => {
  it('is a side when its mentions read like a side’s', () => {
    const text = `The Harriers’ defense held firm on Sunday. Next week they are facing the Harriers again.
Coach Lena Vost said the Harriers have work to do.`;
    expect(typeOf(text, 'Harriers')).toBe('organization');
  });

  it('is a side when the text writes it after a city, whatever its article', () => {
    const text = `The Denver Kestrels lost again. Kestrels fans left early and the Kestrels now sit last.
Kestrels rookie Omar Pell was the lone bright spot.`;
    expect(typeOf(text, 'Kestrels')).toBe('organization');
  });

  it('is no person, though nothing says a side', () => {
    const text = `The Marlowes hosted a dinner for the Marlowes' neighbours. The Marlowes moved in 1990.`;
    expect(typeOf(text, 'Marlowes')).not.toBe('person');
    expect(typeOf(text, 'Marlowes')).not.toBe('organization');
  });

  it('is a family, not a side, when a person of that surname is named', () => {
    const text = `Dana Okoro and Felix Okoro married in June. Since then reporters keep facing the Okoros at the door.
The Okoros declined to comment.`;
    expect(typeOf(text, 'Okoros')).not.toBe('organization');
  });

  it('leaves a full name that ends like a plural a person', () => {
    const text = `Chad Thomas played every snap. Thomas said the Denver Kestrels deserved the win.
Chad Thomas has two sacks this season.`;
    expect(typeOf(text, 'Chad Thomas')).toBe('person');
  });
});

describe('a city and a plural', () => {
  it('name a side in English', () => {
    const text = `Tom Brask signed with Denver Kestrels on Monday. He joins Denver Kestrels from Dunmore.`;
    expect(typeOf(text, 'Denver Kestrels')).toBe('organization');
  });

  it('do not in French, where given names end so', () => {
    const text = `Le roi de Pologne Wadislas est arrivé lundi. Pologne Wadislas repart demain pour Cracovie.`;
    expect(find(entitiesOf(text, 'fr'), 'Pologne Wadislas')?.type).not.toBe('organization');
  });
});
