import { describe, expect, it } from 'vitest';
import { liveEntries, timeLines } from '@/utils/article/entities/salience';
import { entitiesOf, find } from './helpers';

const blog = `Welcome to our live coverage of the flooding.

14:20

The Tarnel Water Board says the river is still rising.

13:05

Residents of Halwick were moved overnight from the low streets by the river, with buses laid on by the council
and volunteers from the sailing club. The school is closed, the station shut, and the shops along the quay have
put sandbags at their doors. The last families left Halwick before dawn.

12:10

Engineers from the Tarnel Water Board are checking the dams.

11:30

Roads north of Brenmoor are closed.`;

describe('a live blog’s timed entries', () => {
  it('are found from three time lines', () => {
    expect(liveEntries(blog)).toHaveLength(4);
    expect(liveEntries('The meeting opened at\n10:30\nand closed at noon.')).toEqual([]);
  });

  it('spread a name over the entries that tell of it, not over the text one long entry spans', () => {
    const live = find(entitiesOf(blog), 'Halwick')?.score ?? 0;
    const plain = find(entitiesOf(blog.replaceAll(/^\d{2}:\d{2}$/gm, '—')), 'Halwick')?.score ?? 0;
    expect(live).toBeLessThan(plain);
    expect(find(entitiesOf(blog), 'Tarnel Water Board')?.score ?? 0).toBeGreaterThan(live);
  });
});

describe('a timetable', () => {
  it('has no live entries: its times go forward and back', () => {
    const timetable =
      'Departures from Halwick\n08:10\nBrenmoor\n10:20\n08:40\nTarnel\n10:50\n09:15\nQuay\n11:25\n';
    expect(liveEntries(timetable)).toEqual([]);
    expect(liveEntries(blog.replace('12:10', '15:10'))).toEqual([]);
  });
});

describe('timeLines', () => {
  // The pattern searched globally, as `timeLines` must find it (it tries line starts only).
  const TIME_LINE = /(?:^|\n)[ \t]*(\d{1,2})[:.h](\d{2})(?:\s?([ap])\.?m\.?)?[ \t]*(?=\n)/giu;
  const found = (text: string): string[] => timeLines(text).map((m) => `${m.index}:${m[0]}`);
  const viaMatchAll = (text: string): string[] =>
    [...text.matchAll(TIME_LINE)].map((m) => `${m.index}:${m[0]}`);

  it('finds the time lines a global search finds, at the start, after a break and back to back', () => {
    for (const text of [
      blog,
      '10:30\nOpening.\n 9h15 \n\n8.05 a.m.\n',
      '\n12:00\n11:00\n',
      'At 10:30 we met.\n',
      '7:45',
      '',
    ])
      expect(found(text)).toEqual(viaMatchAll(text));
    expect(found('\n12:00\n11:00\n')).toEqual(['0:\n12:00', '6:\n11:00']);
  });
});
