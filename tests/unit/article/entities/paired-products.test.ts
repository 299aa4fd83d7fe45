import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a name listed with a product', () => {
  it('is a product when "and" joins it to one', () => {
    const text = `Trials of Brevlid and Tirvex went well. Without cover, Tirvex costs $300 a month.
Doctors prefer Brevlid for now.`;
    expect(typeOf(text, 'Tirvex')).toBe('product');
    expect(typeOf(text, 'Brevlid')).toBe('product');
  });

  it('leaves a place or a name no "and" joins to a product as it was', () => {
    const text = `Sales of Tirvex rose in Kenya and Tirvex costs $300 a month there. Orlund ran the trials.
Orlund is in Kenya.`;
    expect(typeOf(text, 'Kenya')).toBe('place');
    expect(typeOf(text, 'Orlund')).not.toBe('product');
  });

  it('leaves a brand beside its own line, or an acronym, as it was', () => {
    const text = `Velcoin and Velcoin Pro are two trading apps. Velcoin Pro costs $5 a month, and Velcoin charges fees.
Gamers play QRZ and Brevlid online. Brevlid costs $9 a month, and QRZ is free.`;
    expect(typeOf(text, 'Velcoin')).not.toBe('product');
    expect(typeOf(text, 'QRZ')).not.toBe('product');
  });
});
