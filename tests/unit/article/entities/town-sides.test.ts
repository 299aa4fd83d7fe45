import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a town written as a side', () => {
  it('is its club when two mentions read like a side’s', () => {
    const text = `Marco Verdi will coach struggling first division side Nice, the club said on Friday.
Verdi, who played for Nice in the 1980s, replaces a coach fired after Nice's home defeat on Sunday.`;
    expect(typeOf(text, 'Nice')).toBe('organization');
    const baseball = `Omar Tull homered twice for Seattle on Sunday. Seattle won for the fifth time in six games,
and Seattle's lead in the division grew to four games.`;
    expect(typeOf(baseball, 'Seattle')).toBe('organization');
  });

  it('is its club when scores follow it or it led, though its kind was left open', () => {
    const text = `Kentucky beat Dayton 84-76 on Saturday. Dayton led 70-68 with five minutes left, and Kentucky
outscored Dayton 42-26 in the paint.`;
    expect(typeOf(text, 'Dayton')).toBe('organization');
    const unknown = `Kentucky beat Orvalle 84-76 on Saturday. Orvalle led 70-68 with five minutes left, and Kentucky
outscored Orvalle 42-26 in the paint.`;
    expect(typeOf(unknown, 'Orvalle')).toBe('organization');
  });

  it('leaves an untyped name that goes home and leads, with no score, as it was', () => {
    const text = `On Fridays she tutors Quenna and Vell at the library. She walks Quenna home at five, and Quenna
lead the way to the bridge.`;
    expect(typeOf(text, 'Quenna')).not.toBe('organization');
  });

  it('stays a place with a range of years after it', () => {
    const text = `The Dayton 2019-2024 plan is over. Dayton 2025-2030 starts now, and rents in Dayton keep rising.`;
    expect(typeOf(text, 'Dayton')).not.toBe('organization');
  });

  it('stays a place where things happen or with a single cue', () => {
    const text = `Prices rose in Seattle in June. Seattle won a grant for new buses, and rents in Seattle kept climbing.`;
    expect(typeOf(text, 'Seattle')).toBe('place');
  });

  it('leaves a country a place, as news writes its side', () => {
    const text = `France beat Italy 2-1 on Saturday. France won their group, and France's lead is now three points.`;
    expect(typeOf(text, 'France')).toBe('place');
  });
});

describe('a direction and a place written as a side of a result', () => {
  it('is a team when the score follows a comma and its players play for it', () => {
    const text = `Ryan Dell threw for three touchdowns and Central Michigan rolled past Southern Illinois, 38-14, on
Tuesday night. Central Michigan also became bowl-eligible. Joe Pratt ran for 90 yards on 12 carries for Central
Michigan.`;
    expect(typeOf(text, 'Central Michigan')).toBe('organization');
    expect(typeOf(text, 'Southern Illinois')).toBe('organization');
  });

  it('stays a place where nothing plays', () => {
    const text = `Heavy rain hit Western Kentucky on Monday. Farmers in Western Kentucky said crops were lost, and
towns across Western Kentucky flooded.`;
    expect(typeOf(text, 'Western Kentucky')).toBe('place');
  });
});
