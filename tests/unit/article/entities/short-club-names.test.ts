import { describe, expect, it } from 'vitest';
import { isShortClubName } from '@/utils/article/entities/short-club-names';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a club named by its clipped name', () => {
  it('joins "Rovs" to "Rovington" and « le Sporting » to « Sporting de Vaux »', () => {
    const en =
      entitiesOf(`Rovington came from behind to beat Dalmuir at Kelso Park. Rovs struggled early, but Rovs won
the derby in the 88th minute, and Dalmuir sit fifth.`);
    expect(find(en, 'Rovs')).toBe(find(en, 'Rovington'));
    const fr = entitiesOf(
      `Le Sporting de Vaux a battu Marmont vendredi. Menés à la pause, les joueurs du Sporting ont renversé la
situation. Le Sporting remonte à la sixième place.`,
      'fr',
    );
    expect(find(fr, 'Sporting')).toBe(find(fr, 'Sporting de Vaux'));
  });

  it('reads a clip, not a derivation, an acronym or a given name', () => {
    expect(isShortClubName('hibs', 'hibernian')).toBe(true);
    expect(isShortClubName('cards', 'arizona cardinals')).toBe(true);
    expect(isShortClubName('walks', 'walking vincent')).toBe(false);
    expect(isShortClubName('friends', 'friendship')).toBe(false);
    expect(isShortClubName('emacs', 'emacspeak')).toBe(false);
    // A person's side: « les Bleus de Paul-Henri Mathieu ».
    expect(isShortClubName('bleus', 'bleus de paul henri mathieu')).toBe(false);
    expect(isShortClubName('standard', 'standard de liege')).toBe(true);
    // A town after a person: « Alexander Payne. Née à Alès ».
    expect(isShortClubName('ales', 'alexander payne')).toBe(false);
    expect(isShortClubName('ales', 'alexandria')).toBe(false);
    const es =
      entitiesOf(`The DIHS study used Dihydroorotate. Doctors said Dihydroorotate helped, and DIHS cases fell.
Charles de Gaulle airport was shut, and Charles Mercer said so. Charles Mercer flew on.`);
    expect(find(es, 'DIHS')).not.toBe(find(es, 'Dihydroorotate'));
    expect(find(es, 'Charles de Gaulle')?.variants ?? []).not.toContain('Charles');
  });
});
