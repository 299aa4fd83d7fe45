import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

const cues = (text: string) => {
  const ranked = rankedCandidates(text, { lang: 'en' });
  return (name: string) => ranked.find((r) => r.entity.text === name);
};

describe('a body or place the first sentence names once', () => {
  it('is marked where the lead names it once, and only a body or a place', () => {
    const of = cues(`Ovalis Health hired Carla Brennick to run its clinic in Leeds on Monday. The clinic
opened last year. Brennick said the work would take months, and Brennick thanked the Terrow Trust for its help.`);
    expect(of('Ovalis Health')?.leadOnce).toBe(true);
    expect(of('Leeds')?.leadOnce).toBe(true);
    // A person of the lead weighs as a person; a body named after the lead is in passing.
    expect(of('Carla Brennick')?.leadOnce).toBe(false);
    expect(of('Terrow Trust')?.leadOnce).toBe(false);
  });

  it('is not marked when the text names it again (the lead cue then weighs it)', () => {
    const of = cues(
      `On Monday the Ovalis Health group hired Carla Brennick. Analysts say Ovalis Health runs four clinics.`,
    );
    expect(of('Ovalis Health')?.leadOnce).toBe(false);
  });

  it('comes before a body as salient named once further on', () => {
    const later = rankedEntity('Ashgrove Trust', 'organization', 3);
    const lead = rankedEntity('Ovalis Health', 'organization', 3, { leadOnce: true });
    expect(readerOrder([later, lead]).map((e) => e.text)).toEqual(['Ovalis Health', 'Ashgrove Trust']);
  });
});
