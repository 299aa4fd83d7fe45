import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text), name)?.type;

describe('a threat group described in apposition', () => {
  it('is a group', () => {
    const text = `The attack was claimed by Vostrel, a Russian-speaking ransomware gang. Vostrel posted the files.`;
    expect(typeOf(text, 'Vostrel')).toBe('group');
  });

  it('needs a threat word beside "group"', () => {
    const text = `The deal was led by Harwick Partners, a private equity group. Harwick Partners said so.`;
    expect(typeOf(text, 'Harwick Partners')).not.toBe('group');
  });
});
