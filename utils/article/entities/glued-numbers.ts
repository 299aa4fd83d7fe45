import type { Token } from './tokenize';

/** How many times `part` is written in `text`. */
function timesWritten(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * A number in brackets written against a name, no space between, is part of it when the text writes the name so
 * every time, twice or more: « NoName057(16) », a group's name and its number. A player's mark (« Ian Smith(6) »),
 * an error's code (« KeyError(1) » beside « KeyError ») and a spaced bracket (« Marseille (13) ») are not.
 * Returns where a mention ending before tokens[b] ends with it: past the closing bracket, or `b`.
 */
export function gluedNumberEnd(tokens: readonly Token[], text: string, b: number): number {
  const [last, open, num, close] = [tokens[b - 1], tokens[b], tokens[b + 1], tokens[b + 2]];
  if (!last || open?.text !== '(' || open.start !== last.start + last.text.length) return b;
  if (!num || !/^\d+$/u.test(num.text) || close?.text !== ')' || close.start !== num.start + num.text.length)
    return b;
  const glued = timesWritten(text, `${last.text}(${num.text})`);
  return glued >= 2 && glued === timesWritten(text, last.text) ? b + 3 : b;
}
