import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('the sides of score lines', () => {
  const results = `Results of the Harbour League played on Saturday.
Lisbon 3 Porto 2 (halftime 1-0)
Dunvale Rovers 1 Marrick Athletic 1
Lisbon play again on Wednesday.`;

  it('are teams, a city named so too', () => {
    expect(typeOf(results, 'Lisbon')).toBe('organization');
    expect(typeOf(results, 'Porto')).toBe('organization');
  });

  it('leave a city named in prose a place', () => {
    const prose = `Fans travelled from Lisbon on Friday. In Lisbon 3 trams stopped and Marrick 2 buses ran late.`;
    expect(typeOf(prose, 'Lisbon')).toBe('place');
  });

  it('are teams in a league table, not players on a golf card', () => {
    const table = `Standings after Saturday (played, won, drawn, lost, for, against, points):
Lisbon 4 3 1 0 9 2 10
Dunvale Rovers 4 2 1 1 5 3 7
Lisbon lead by three points.`;
    expect(typeOf(table, 'Lisbon')).toBe('organization');
    const card = `Final scores at the Harbour Open:
Quillon Brask 63 65 66 68 262
Tamsin Orlev 64 66 66 67 263
The next event is in May.`;
    expect(typeOf(card, 'Quillon Brask')).not.toBe('organization');
  });

  it('are teams in a table of games won and lost with the winning percentage', () => {
    const table = `Standings after Sunday's games (won, lost, percentage, games behind):
LISBON 74 59 .556 -
PORTO 70 63 .526 4
MONDAY'S GAMES
LISBON AT PORTO
Lisbon have won six in a row.`;
    expect(typeOf(table, 'LISBON')).toBe('organization');
    expect(typeOf(table, 'PORTO')).toBe('organization');
  });

  it('leave two places on a line joined by "at" alone places', () => {
    const prose = `The tour reaches two cities this week.
Lisbon at Porto
The band played Lisbon on Monday and Porto on Tuesday.`;
    expect(typeOf(prose, 'Porto')).toBe('place');
  });

  it('leave a city in a table of prices a place', () => {
    const prices = `Average prices of a litre of milk this week:
Lisbon 1.125 1.118
Porto 1.093 1.101
Prices rose in Lisbon and in Porto.`;
    expect(typeOf(prices, 'Porto')).toBe('place');
  });

  it('are teams though the other side of the line is named nowhere else', () => {
    const results = `Results of the Harbour League on Saturday:
Kelby 1 Dunmore Rovers 2
Dunmore Rovers 0 Tarrow 0
Postponed: East Marrick v Ollin, Vesby v Tarrow.
Dunmore Rovers and East Marrick meet next week.`;
    expect(typeOf(results, 'Dunmore Rovers')).toBe('organization');
    expect(typeOf(results, 'East Marrick')).toBe('organization');
  });

  it('leave a name in a line of prose with numbers alone', () => {
    const prose = `Census figures for the valley:
In 2020 East Marrick 4 schools closed
East Marrick has 3 libraries left, and voters in East Marrick go to the polls in May.`;
    expect(typeOf(prose, 'East Marrick')).toBe('place');
  });
});

describe('a scoring line after the score', () => {
  it('closes the side’s name before its label', () => {
    const text = `Dalvenne a battu Orlac dimanche soir au stade Marcel-Rives.
FCD 2 - 1 USO Buts : Kerhoas (58e), Tavernier (90e+3) pour Dalvenne ; Brunel (31e) pour Orlac
L'USO reste septième du championnat, et l'USO recevra Sarcelles samedi. Kerhoas a marqué son septième but.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('USO');
    expect(shown).not.toContain('USO Buts');
  });
});
