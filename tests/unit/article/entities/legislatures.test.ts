import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a parliament named in its own language', () => {
  it('keeps a chamber named once after "the", typed organisation', () => {
    const es = entitiesOf(
      'The housing bill now goes to the Seanad. Ministers met in Berlin, where the Bundestag had voted on Friday.',
    );
    expect(find(es, 'Seanad')?.type).toBe('organization');
    expect(find(es, 'Bundestag')?.type).toBe('organization');
  });

  it('keeps one in French too', () => {
    const es = entitiesOf(
      'Le texte a été adopté mardi par la Knesset, à Jérusalem, après un long débat.',
      'fr',
    );
    expect(find(es, 'Knesset')?.type).toBe('organization');
  });

  it('still drops a capitalised common word written once after "the"', () => {
    const es = entitiesOf('The housing bill now goes to the Chamber. Ministers met in Berlin on Friday.');
    expect(find(es, 'Chamber')).toBeUndefined();
  });
});
