import { describe, expect, it } from 'vitest';
import { isForumThread } from '@/utils/article/forum-thread';
import { rng } from '../../bench/seeded-rng';

describe('isForumThread', () => {
  it("reads several members' standing as a thread, in the forum's words", () => {
    expect(
      isForumThread('ottoJoined Jan 2020 · 12 posts hi ameliaJoined Feb 2022 · 3 posts ok lu 40 posts'),
    ).toBe(true);
    // A label glued to the member's name, as page text reads.
    expect(isForumThread('Udo_BBeiträge: 27Registriert: Mo 1. Feb Ina Beiträge: 5 Kai Beiträge: 900')).toBe(
      true,
    );
    expect(isForumThread('Lucas Mensajes: 45 Eva Mensajes: 2 Pau Registrado: 3 may 2019')).toBe(true);
  });

  it('counts standings that follow each other closely, from where their numbers start', () => {
    expect(isForumThread('Ann 1,204 posts 12 posts\n7 posts')).toBe(true);
    expect(isForumThread('Joined: 2012 posts: 4 Ina 9 posts')).toBe(true);
    // A number glued to the one before is no count of its own, nor one in brackets.
    expect(isForumThread('Joined: 2012 posts Ina (9 posts) Kai 4 posts')).toBe(false);
  });

  it("leaves a news page's comments and a blog's archive counts alone", () => {
    expect(isForumThread('Otto, 12:04 Great piece. Amelia, 12:30 I disagree. Lu, 13:01 Thanks!')).toBe(false);
    expect(isForumThread('Archives December (5 posts) November (8 posts) October (3 posts)')).toBe(false);
    // Two signed posts are a reply, not yet a thread.
    expect(isForumThread('Otto 12 posts Amelia 3 posts')).toBe(false);
  });
});

// The patterns as they were written with the `i` flag, to check the caseless ones match alike.
const COUNTED = 'posts|beiträge|messages|mensajes|messaggi|berichten';
const LABELLED = `${COUNTED}|joined|registered|registriert|inscrit(?:\\s+le)?|inscription|registrado|iscritto(?:\\s+il)?`;
const SINCE = 'joined|member since|mitglied seit|miembro desde|membre depuis';
const WITH_I = new RegExp(
  `(?<!\\()\\b\\d[\\d.,]*\\s+(?:${COUNTED})\\b|(?:${LABELLED})\\s*:\\s*(?:\\p{L}{2,3}\\.?\\s+)?\\d|\\b(?:${SINCE})\\s+(?:\\p{L}{3,9}\\.?\\s+)?\\d`,
  'giu',
);
const withI = (text: string) => (text.match(WITH_I)?.length ?? 0) >= 3;

describe('isForumThread without the `i` flag', () => {
  // Pieces of standings in every case, with the letters `i` joins to others (ſ, the Kelvin sign) around them.
  const PIECES = [
    '12 ',
    '4 posts',
    'POSTS',
    'Posts',
    'poſts',
    'ſ',
    'K',
    'k',
    'Joined',
    'JOINED ',
    ': ',
    'Jan ',
    '2020',
    '(',
    ' ',
    'Beiträge',
    'BEITRÄGE',
    'inscrit',
    ' LE',
    ':',
    '3',
    'Member Since ',
    'MITGLIED SEIT ',
    'x',
    'é',
    'Mo. ',
  ];
  const random = rng(7);
  const pick = (n: number) => Math.floor(random() * n);
  const texts = Array.from({ length: 4000 }, () =>
    Array.from({ length: 10 + pick(50) }, () => PIECES[pick(PIECES.length)]).join(''),
  );

  it('reads every text as the `i` patterns read it', () => {
    const differ = texts.filter((t) => isForumThread(t) !== withI(t));
    expect(differ).toEqual([]);
    expect(texts.filter(withI).length).toBeGreaterThan(50);
  });
});
