import { describe, expect, it } from 'vitest';
import { cleanByline } from '@/utils/article/extract/byline';
import {
  namesOrganisation,
  withoutOrganisations,
  withoutSiteDesk,
} from '@/utils/article/extract/organisation-byline';

// Bylines written for these tests (not taken from any corpus).

describe('a byline naming an organisation', () => {
  it('is no author: a legal form, a publishing house, a foundation, the editorial desk', () => {
    expect(cleanByline('Beispiel-Verlag GmbH, Hamburg, Germany')).toBeNull();
    expect(cleanByline('Freunde des Stadtwalds e.V.')).toBeNull();
    expect(cleanByline('Karl-Lenz-Stiftung')).toBeNull();
    expect(cleanByline('Redaktion')).toBeNull();
    expect(cleanByline('Beispiel.de Redaktion')).toBeNull();
    expect(cleanByline('Northwind Media Ltd')).toBeNull();
    expect(cleanByline('Metro News Desk')).toBeNull();
    expect(cleanByline('Harbour Editorial Team')).toBeNull();
    expect(cleanByline('Harbour Post Bureau')).toBeNull();
    expect(cleanByline('Valley Herald Staff Report')).toBeNull();
    expect(cleanByline('Jana Probst, Valley Herald Staff Writer')).toBe('Jana Probst');
  });

  it('cuts the desk after a writer, keeps the writer', () => {
    expect(cleanByline('Jana Probst, Redaktion')).toBe('Jana Probst');
    expect(cleanByline('Jana Probst Redaktion')).toBe('Jana Probst');
    expect(withoutOrganisations('Jana Probst, Nordlicht Verlag GmbH')).toBe('Jana Probst');
  });

  it("cuts the site's desk credited after the names, in the site's words, and keeps the names", () => {
    const site = 'The Harbour Herald';
    expect(cleanByline('By Ann Lee, Bo Li and Cy Roe Harbour Herald Staff, Updated May 2, 2026', site)).toBe(
      'Ann Lee, Bo Li and Cy Roe',
    );
    expect(cleanByline('Jo Roe Herald Staff Writer', site)).toBe('Jo Roe');
    expect(withoutSiteDesk('Jo Roe Herald Staff', site)).toBe('Jo Roe');
    // The desk alone, a desk in other words, a name that is one word: as before.
    expect(cleanByline('Herald Staff', site)).toBeNull();
    expect(withoutSiteDesk('Jo Roe Gazette Staff', site)).toBe('Jo Roe Gazette Staff');
    expect(withoutSiteDesk('Jo Herald Staff', site)).toBe('Jo Herald Staff');
    expect(withoutSiteDesk('Jo Roe Herald', site)).toBe('Jo Roe Herald');
  });

  it("reads the desk's words folded and without their stops, from the end of each part", () => {
    const site = 'The Harbour Herald';
    expect(withoutSiteDesk('JO ROE HERALD STAFF WRITER.', site)).toBe('JO ROE');
    expect(withoutSiteDesk('Ann Lee, Jo Roe Harbour Herald (Staff)', site)).toBe('Ann Lee, Jo Roe');
    expect(withoutSiteDesk('Staff Writer', site)).toBe('Staff Writer');
    expect(withoutSiteDesk('', site)).toBe('');
  });

  it('is no author when it is only a place and its country, a dateline', () => {
    expect(cleanByline('Leipzig, Germany')).toBeNull();
    expect(cleanByline('Jordan')).toBe('Jordan');
    expect(cleanByline('Lena Hafner, Leipzig')).not.toBeNull();
  });

  it('cuts a place among the names, where one of them wrote from', () => {
    expect(withoutOrganisations('Lena Hafner, London, Tom Sas')).toBe('Lena Hafner, Tom Sas');
    expect(withoutOrganisations('Lena Hafner, Tom Sas')).toBe('Lena Hafner, Tom Sas');
  });

  it("keeps the paper's credit to its own people, as it keeps a wire's", () => {
    expect(cleanByline('Our Foreign Staff')).toBe('Our Foreign Staff');
    expect(cleanByline('Nos correspondants à Bruxelles')).not.toBeNull();
  });

  it('keeps writers whose names merely look like words', () => {
    expect(cleanByline('Tom Sas')).toBe('Tom Sas');
    expect(cleanByline('Anna Berger, Leon Ag')).toBe('Anna Berger, Leon Ag');
    expect(namesOrganisation('Greta Verlagsmann')).toBe(false);
  });
});

describe('a desk credited before a middle dot', () => {
  it('leaves the writer named after it', () => {
    expect(cleanByline('Par la rédaction de Radio Vallée · Léa Roux · lundi 7 décembre 2026 à 16:40')).toBe(
      'Léa Roux',
    );
  });

  it('keeps out a second desk after it', () => {
    expect(cleanByline('Rédaction · Service web')).toBeNull();
  });
});

describe('a byline naming only the kind of piece', () => {
  it('is no author: the paper speaks as itself', () => {
    expect(cleanByline('Editorial')).toBeNull();
    expect(cleanByline('By Leader')).toBeNull();
    expect(cleanByline('The Editorial Board')).toBeNull();
    expect(cleanByline('Opinion')).toBeNull();
  });

  it('keeps a writer whose name holds such a word', () => {
    expect(cleanByline('Dara Leader')).toBe('Dara Leader');
    expect(cleanByline('Jo Roe, Opinion Editor')).toBe('Jo Roe');
  });
});
