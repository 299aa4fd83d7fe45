import { describe, expect, it } from 'vitest';
import {
  namesThenRole,
  withoutBio,
  withoutLeadingRole,
  withoutRoles,
} from '@/utils/article/extract/byline-roles';

// Bylines written for these tests (not taken from any corpus).
describe('withoutRoles', () => {
  it('drops a role after a comma, and a capitalised role glued to the name with its qualifiers', () => {
    expect(withoutRoles('Dana Reed, Legal Correspondent')).toBe('Dana Reed');
    expect(withoutRoles('Nora Vale, AP Auto Writer')).toBe('Nora Vale');
    expect(withoutRoles('Élise Vautrin Chroniqueuse')).toBe('Élise Vautrin');
    expect(withoutRoles('Tessa Marlow Senior Football Writer')).toBe('Tessa Marlow');
    expect(withoutRoles('Paul Enard, journaliste')).toBe('Paul Enard');
    expect(withoutRoles('Paul Enard - Journaliste')).toBe('Paul Enard');
    expect(withoutRoles('Léa Roux et Paul Vidal, correspondants à Bruxelles')).toBe('Léa Roux et Paul Vidal');
    expect(withoutRoles('Nora Vale, Senior Editor, and Bo Lind, Staff Writer')).toBe('Nora Vale and Bo Lind');
  });

  it("drops a role in small letters that ends the line, with the beat's place before it", () => {
    expect(withoutRoles('Moira Tulloch Scotland correspondent')).toBe('Moira Tulloch');
    expect(withoutRoles('Moira Tulloch Europe Correspondent')).toBe('Moira Tulloch');
    expect(withoutRoles('Moira Tulloch correspondent')).toBe('Moira Tulloch');
  });

  it('keeps a role in small letters inside a line, and a place that is the name', () => {
    expect(withoutRoles('Moira Tulloch reporter of the year')).toBe('Moira Tulloch reporter of the year');
    expect(withoutRoles('Moira Ann Scotland')).toBe('Moira Ann Scotland');
  });

  it('keeps names, agencies and a title that ends with a role word', () => {
    expect(withoutRoles('Nora Vale, AP')).toBe('Nora Vale, AP');
    expect(withoutRoles('Nora Vale - Reuters')).toBe('Nora Vale - Reuters');
    expect(withoutRoles('Léa Roux, Paul Vidal')).toBe('Léa Roux, Paul Vidal');
    expect(withoutRoles('Letters To The Editor')).toBe('Letters To The Editor');
    expect(withoutRoles('Editor')).toBe('Editor');
  });
});

describe('withoutBio', () => {
  it('cuts the sentence after the names', () => {
    expect(withoutBio('Oliver Brand. His most recent book is The Long Road.')).toBe('Oliver Brand');
    expect(withoutBio('Anne Morel. Elle a couvert la mairie pendant dix ans')).toBe('Anne Morel');
    expect(withoutBio('Nora Vale is a senior reporter at the Herald')).toBe('Nora Vale');
    expect(withoutBio('Jean-Luc Morel a couvert la mairie')).toBe('Jean-Luc Morel');
  });

  it('keeps initials and a site after a full stop', () => {
    expect(withoutBio('John F. Mallory')).toBe('John F. Mallory');
    expect(withoutBio('Jo Bloggs. Northern Herald')).toBe('Jo Bloggs. Northern Herald');
  });
});

describe('namesThenRole', () => {
  it('reads names then a role written as a title, a date after it', () => {
    expect(namesThenRole('Dana Reed, Legal Correspondent · Updated 15:41 GMT')).toBe(true);
    expect(namesThenRole('Camille Roche - Journaliste')).toBe(true);
    expect(namesThenRole('Nora Vale, Editor of the Year')).toBe(true);
  });

  it('finds none in a sentence, a place, a name alone or a role alone', () => {
    expect(namesThenRole('Dana Reed, a reporter at the Herald')).toBe(false);
    expect(namesThenRole('Dana Reed, Lisbon')).toBe(false);
    expect(namesThenRole('Dana Reed')).toBe(false);
    expect(namesThenRole('— Dana Reed, Chief Editor')).toBe(false);
    expect(namesThenRole('Legal Correspondent')).toBe(false);
  });
});

describe('withoutLeadingRole', () => {
  it('cuts a role written before the names, the last part of a compound read', () => {
    expect(withoutLeadingRole('Rechtsanwalt Jan Ode')).toBe('Jan Ode');
    expect(withoutLeadingRole('Gazette-Experte Lena Hafner')).toBe('Lena Hafner');
    expect(withoutLeadingRole('Reporter Nora Vale')).toBe('Nora Vale');
  });

  it('keeps names that open with another word', () => {
    expect(withoutLeadingRole('Anna Maria Berger')).toBe('Anna Maria Berger');
    expect(withoutLeadingRole('Rechtsanwalt Ode')).toBe('Rechtsanwalt Ode');
  });
});
