import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a body named in full, then by its last words', () => {
  it('joins the short name to the one full name written before it', () => {
    const es =
      entitiesOf(`The squad will play in the Kestrel Shield Cup this spring. Coaches say the Shield Cup
campaign starts in June, and Shield Cup games will be played in Trinidad.`);
    expect(find(es, 'Kestrel Shield Cup')?.count).toBe(3);
    expect(names(es)).not.toContain('Shield Cup');
  });

  it('keeps apart a short name two full names end with, or one written before the full name', () => {
    const es =
      entitiesOf(`The Atlantic Shield Cup and the Pacific Shield Cup start together. Shield Cup tickets
sold out. Later the Harbour Trust spoke; the Lakeside Harbour Trust was founded after it.`);
    expect(names(es)).toContain('Shield Cup');
    expect(names(es)).toContain('Harbour Trust');
    const parties = entitiesOf(
      `The Scottish Green Alliance met in Perth. The Green Alliance, its parent, did not.`,
    );
    expect(names(parties)).toContain('Green Alliance');
  });

  it('keeps apart a place after a connector or a direction, and a direction opening a generic name', () => {
    const es =
      entitiesOf(`The Eastern District of Port Avalon sued. Prosecutors in Port Avalon said the case of
Upper Port Avalon was different. The Plains Conference West Division was won by Dunmore; the West Division of
another league went to Carrow.`);
    expect(names(es)).toContain('West Division');
    expect(find(es, 'Port Avalon')?.count).toBe(1);
    expect(names(es)).toContain('Eastern District of Port Avalon');
  });
});

describe('a head noun after "the" standing for the one body it opens', () => {
  it('joins "the House" to "House of Delegates" named before it', () => {
    const es =
      entitiesOf(`The House of Delegates committee voted on Thursday to send the bill back to the House,
said Dana Pruitt. The House calendar is full, Pruitt said.`);
    const e = find(es, 'House of Delegates');
    expect(e?.variants).toContain('House');
  });

  it('leaves it apart beside two bodies it opens, or written without "the"', () => {
    const two = entitiesOf(
      `The House of Delegates and the House of Lords met. The House said no, said Dana Pruitt.`,
    );
    expect(find(two, 'House of Delegates')?.variants ?? []).not.toContain('House');
    const bare = entitiesOf(
      `The House of Delegates met on Monday, said Dana Pruitt. House members left early.`,
    );
    expect(find(bare, 'House of Delegates')?.variants ?? []).not.toContain('House');
  });
});

describe('a body named "<Head> of <plural>", then by that plural', () => {
  it('joins "the Wardens" to the one "Council of Wardens"', () => {
    const es = entitiesOf(`The Council of Wardens voted on Tuesday to delay the harbour bill. The Wardens
      rejected an amendment by 41 to 30, and the Wardens will meet again in May, said Dana Pruitt.`);
    expect(find(es, 'Council of Wardens')?.variants).toContain('Wardens');
    expect(names(es)).not.toContain('Wardens');
  });

  it('keeps apart a known place, and a plural two bodies end with', () => {
    const es =
      entitiesOf(`The University of Athens and the Bank of Athens signed a deal in Athens. The Court of
      Wardens and the Council of Wardens met; the Wardens disagreed, and the Wardens left, said Dana Pruitt.`);
    expect(names(es)).toContain('Athens');
    expect(find(es, 'Court of Wardens')?.variants).not.toContain('Wardens');
    expect(find(es, 'Council of Wardens')?.variants).not.toContain('Wardens');
  });
});
