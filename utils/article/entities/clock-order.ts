// Whether times of day read in clock order, as a live blog's entries do (newest first, or oldest first), unlike a
// timetable's columns or a programme's days, which go forward and back.

/** A time of day's shape: "14:20", "6:35pm", "13h37" (hours, minutes, then a or p). */
export const TIME_OF_DAY = /(\d{1,2})[:.h](\d{2})(?:\s?([ap])\.?m\.?)?/iu;
const TIME = new RegExp(`^${TIME_OF_DAY.source}$`, 'iu');
const DAY = 24 * 60;

/** Minutes after midnight (or after noon or midnight on a clock without am/pm), and whether a suffix said which. */
function minutesOf(time: string): { minutes: number; suffixed: boolean } | null {
  const m = TIME.exec(time.trim());
  if (!m) return null;
  const [hours, minutes, half] = [Number(m[1]), Number(m[2]), m[3]?.toLowerCase()];
  if (!half) return { minutes: hours * 60 + minutes, suffixed: false };
  return { minutes: ((hours % 12) + (half === 'p' ? 12 : 0)) * 60 + minutes, suffixed: true };
}

/**
 * Which way `times` ("14:20", "6:35pm", "13h37") go round the clock, each step less than half of it: forward
 * (oldest first), or back (newest first), past midnight too ("23:50", "00:10"); null when they go forward and
 * back. A clock without am/pm whose hours are all 12 or less may be a twelve-hour one ("11:55", "12:10", "1:05"),
 * so it turns every twelve hours.
 */
export function clockWay(times: readonly string[]): 'forward' | 'back' | null {
  const read = times.map(minutesOf);
  if (read.some((t) => t === null)) return null;
  const values = read.map((t) => t?.minutes ?? 0);
  const twelveHour = read.every((t) => !t?.suffixed) && values.every((v) => v < 13 * 60);
  const turn = twelveHour ? DAY / 2 : DAY;
  const steps = values.slice(1).map((v, i) => (((v - (values[i] ?? 0)) % turn) + turn) % turn);
  if (steps.every((d) => d < turn / 2)) return 'forward';
  return steps.every((d) => d === 0 || d > turn / 2) ? 'back' : null;
}

/** True when `times` all go one way round the clock (see `clockWay`). */
export const inClockOrder = (times: readonly string[]): boolean => clockWay(times) !== null;
