import { describe, expect, it } from 'vitest';
import { speakerLabel } from '@/utils/article/entities/speakers';
import { entitiesOf, find, mentionOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a full name that speaks', () => {
  it('is a person when « elle » or "she" reports its words next', () => {
    const fr = `La boutique de Nadwa Vellin ferme ses portes. « On a tenu vingt ans », a-t-elle expliqué mardi.`;
    expect(typeOf(fr, 'Nadwa Vellin', 'fr')).toBe('person');
    const en = `The shop run by Tamsa Orrick closes on Friday. "We held on for twenty years," she said.`;
    expect(typeOf(en, 'Tamsa Orrick')).toBe('person');
  });

  it('says nothing when another full name could be the speaker, or of a plural', () => {
    const two = `Tamsa Orrick met Delph Ranwick at the shop. "We held on for twenty years," she said.`;
    expect(typeOf(two, 'Tamsa Orrick')).not.toBe('person');
    const plural = `Land held by Forest Peoples stores carbon. "It works," she said.`;
    expect(typeOf(plural, 'Forest Peoples')).not.toBe('person');
  });
});

describe('a speaker label', () => {
  const text = 'Léna Morvan : La joie, clairement.\nAnn Lee: Why now?\nThe report by Ann Lee: out on Monday.';
  const at = (surface: string, from = 0) => mentionOf(surface, { offset: text.indexOf(surface, from) });

  it('opens its line before a colon: an answer, or a question when the line asks', () => {
    expect(speakerLabel(at('Léna Morvan'), text)).toBe('answer');
    expect(speakerLabel(at('Ann Lee'), text)).toBe('question');
  });

  it('is no label inside a line', () => {
    expect(speakerLabel(at('Ann Lee', text.indexOf('report')), text)).toBeUndefined();
  });
});

describe('a Q&A interview', () => {
  const fr = `Troisième de la Route du Rhum, la skipper raconte sa course et pense déjà au Vendée Globe.

Voiles & Vent : Quatre jours après votre arrivée, qu'est-ce qui domine ?

Léna Morvan : La joie, clairement. Tomas Riva et Paul Kerdal ont fait une course remarquable devant Brest.

Le départ a été musclé. Comment l'avez-vous vécu ?

C'était violent. Plusieurs concurrents sont rentrés à Brest ou à Lorient, et Paul Kerdal aussi.

Que retiendrez-vous de cette Route du Rhum ?

L'arrivée, de nuit, à Pointe-à-Pitre, et Lorient au départ.`;

  it('lists the interviewee who answers under their label first, a person; not the outlet asking', () => {
    const es = entitiesOf(fr, 'fr', 'Léna Morvan : « J’ai cru que la course était finie »');
    expect(names(es)[0]).toBe('Léna Morvan');
    expect(find(es, 'Léna Morvan')?.type).toBe('person');
    expect(find(es, 'Léna Morvan')?.count).toBe(1);
    expect(find(es, 'Voiles & Vent')).toBeUndefined();
  });

  it('shows the labels in capitals as the title writes the name, the initials as the full name', () => {
    const shouted = `This interview has been edited for length and clarity.

SKY NEWS: You started here thirty-one years ago. What is the biggest change?

DANA WHITLOW: The season. Now crews are out in March and in November, from Seattle to Denver.

SKY NEWS: What did the fire teach you?

DANA WHITLOW: That the fire does not care about the map. The Forest Service crews know it.`;
    const es = entitiesOf(shouted, 'en', 'Fire chief Dana Whitlow on 31 years');
    expect(names(es)[0]).toBe('Dana Whitlow');
    expect(find(es, 'Dana Whitlow')?.count).toBe(2);
    expect(find(es, 'SKY NEWS')).toBeUndefined();
    const initials = `Dana Whitlow (DW) joined the Harlan Valley Fire District in 1995. Colm Jessop (CJ) met her in Corvallis.

CJ: You started here thirty-one years ago. What is the biggest change?

DW: The season. Now crews are out in March and in November, from Seattle to Denver.

CJ: What did the fire teach you?

DW: That the fire does not care about the map. The Forest Service crews know it.`;
    const by = entitiesOf(initials, 'en', 'A fire chief on 31 years');
    expect(names(by)[0]).toBe('Dana Whitlow');
    // The interviewer's labels are no mentions: only the introduction names him.
    expect(find(by, 'Colm Jessop')?.count).toBeLessThanOrEqual(2);
  });

  it('spells out initials by the name the title gives, the text never writing it in full', () => {
    const text = `The chief joined the Harlan Valley Fire District in 1995. This interview has been edited for length.

Q: What is the biggest change?

DW: The season. Now crews are out in March and in November, from Seattle to Denver.

Q: What did the fire teach you?

DW: That the fire does not care about the map. The Forest Service crews know it.`;
    const es = entitiesOf(text, 'en', 'Bitterroot Fire Chief Dana Whitlow On 31 Years');
    expect(names(es)[0]).toBe('Dana Whitlow');
    expect(find(es, 'Dana Whitlow')?.type).toBe('person');
  });

  it('keeps a label on a page that asks nothing as it was: no interview there', () => {
    const list = `Results of the vote.

Léna Morvan: 1,204 votes in Brest, 880 in Lorient and 312 in Quimper on Sunday.

Paul Kerdal: 1,100 votes in Brest and 903 in Lorient, his best score since 2019 in Brest.`;
    const es = entitiesOf(list, 'en', 'Results of the vote in Brest');
    expect(names(es)[0]).not.toBe('Léna Morvan');
  });
});
