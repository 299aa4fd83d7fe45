import { describe, expect, it } from 'vitest';
import { clockWay, inClockOrder } from '@/utils/article/entities/clock-order';

describe('inClockOrder', () => {
  it('takes a live blog’s times, newest first or oldest first', () => {
    expect(inClockOrder(['14:20', '13:05', '12:10', '11:30'])).toBe(true);
    expect(inClockOrder(['13h37', '13h32', '13h30', '12h15'])).toBe(true);
    expect(inClockOrder(['6:55pm', '6:35pm', '12:05 p.m.', '11:40am'])).toBe(true);
    expect(inClockOrder(['20:05', '20:30', '20:41', '20:41'])).toBe(true);
  });

  it('takes a blog through midnight and a twelve-hour clock through noon', () => {
    expect(inClockOrder(['00:20', '00:05', '23:50', '23:30'])).toBe(true);
    expect(inClockOrder(['11:40', '11:55', '12:10', '1:05'])).toBe(true);
  });

  it('refuses a timetable’s columns and a programme’s days', () => {
    expect(inClockOrder(['08:10', '10:20', '08:40', '10:50'])).toBe(false);
    expect(inClockOrder(['8:10 AM', '12:30 PM', '6:40 PM', '11:00 AM', '2:00 PM'])).toBe(false);
    expect(inClockOrder(['noon', '12:30', '13:00'])).toBe(false);
  });
});

describe('clockWay', () => {
  it('tells a blog told newest first from one told oldest first', () => {
    expect(clockWay(['14:20', '13:05', '12:10', '11:30'])).toBe('back');
    expect(clockWay(['00:20', '00:05', '23:50'])).toBe('back');
    expect(clockWay(['11:40', '11:55', '12:10', '1:05'])).toBe('forward');
    expect(clockWay(['08:10', '10:20', '08:40', '10:50'])).toBeNull();
  });
});
