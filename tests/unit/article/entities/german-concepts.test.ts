import { describe, expect, it } from 'vitest';
import { namesConcept, opensWithParticiple } from '@/utils/article/entities/german-concepts';

// Phrases written for these tests (not taken from any corpus).

describe('German: an adjective before an abstract noun makes a term, not a name', () => {
  it('knows terms by their abstract noun, and keeps bodies and events', () => {
    for (const t of [
      'Künstliche Intelligenz',
      'Soziale Marktwirtschaft',
      'Globalen Südens',
      'Leitenden Vorstands',
    ])
      expect(namesConcept(t)).toBe(true);
    for (const n of ['Technische Universität', 'Olympische Spiele', 'Nationale Akademie', 'Deutsche Bahn'])
      expect(namesConcept(n)).toBe(false);
  });
});

describe('German: a participle opens a description, not a name', () => {
  it('knows the participle by its ending', () => {
    expect(opensWithParticiple('Leitenden Landesvorstands')).toBe(true);
    expect(opensWithParticiple('Deutschen Bundestag')).toBe(false);
    expect(opensWithParticiple('Leitender')).toBe(false);
  });
});
