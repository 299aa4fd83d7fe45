import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a well-known body named by its acronym alone', () => {
  it('is an organisation with nothing around it to say so', () => {
    const text = `Two bridges were shut near the border after a PKK ambush. The OSCE mission in the valley counted
the damage, and an ASEAN envoy was due on Friday. Both the PKK and the OSCE were mentioned in the ASEAN note.`;
    for (const name of ['PKK', 'OSCE', 'ASEAN']) expect(typeOf(text, name)).toBe('organization');
  });

  it('is not read in a word written in lower case, nor in an acronym news uses for other things', () => {
    const lower = `Fina and Osce walked to the market. Later Fina bought bread while Osce waited outside.`;
    expect(typeOf(lower, 'Fina')).not.toBe('organization');
    const eta = `The courier gave no ETA for the parcel. A new ETA was promised once the ETA system came back.`;
    expect(typeOf(eta, 'ETA')).not.toBe('organization');
  });
});
