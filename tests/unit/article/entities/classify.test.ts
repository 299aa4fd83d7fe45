import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const SPORT = `Manchester United beat Real Madrid in the Champions League on Tuesday. Manchester United now lead
their group, and Real Madrid must win in Turin. The Champions League resumes next month, the Chicago Tribune
reported. Coach Elena Marsh said Manchester United had earned it. Marsh praised the Chicago Tribune's coverage.`;

const TECH = `Apple showed the Apple Watch and the Vision Pro in Cupertino. The Apple Watch gets a brighter screen, and the
Vision Pro a lighter frame. Apple says the Vision Pro ships in June, and the Apple Watch in May.`;

const WORLD = `Fighting spread in South Sudan and in Inner Mongolia, officials said. Aid reached South Sudan by road,
while Inner Mongolia closed its border. Envoy Kurt Volker visited South Sudan; Volker met leaders in Juba.`;

describe('types from evidence', () => {
  it('types clubs, leagues and newspapers as organisations, never as people', () => {
    const es = entitiesOf(SPORT);
    expect(find(es, 'Manchester United')?.type).toBe('organization');
    expect(find(es, 'Real Madrid')?.type).toBe('organization');
    expect(find(es, 'Chicago Tribune')?.type).toBe('organization');
    expect(find(es, 'Champions League')?.type).not.toBe('person');
    expect(find(es, 'Elena Marsh')?.type).toBe('person');
  });

  it('types a brand’s product lines as products', () => {
    const es = entitiesOf(TECH);
    expect(find(es, 'Apple Watch')?.type).toBe('product');
    expect(find(es, 'Vision Pro')?.type).toBe('product');
    expect(find(es, 'Apple')?.type).toBe('organization');
  });

  it('types countries and regions as places, a given name with a surname as a person', () => {
    const es = entitiesOf(WORLD);
    expect(find(es, 'South Sudan')?.type).toBe('place');
    expect(find(es, 'Inner Mongolia')?.type).toBe('place');
    expect(find(es, 'Kurt Volker')?.type).toBe('person');
  });

  it('leaves a two-word name without evidence untyped rather than calling it a person', () => {
    const es = entitiesOf(
      `The documentary Vape Wave opens on Friday. Critics liked Vape Wave more than its sequel.`,
    );
    expect(find(es, 'Vape Wave')?.type).toBe('other');
  });
});
