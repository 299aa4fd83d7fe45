import type { Token } from './tokenize';

/**
 * A number in brackets written against a name, no space between, is part of it: « NoName057(16) », a group's
 * name and its number. Spaced, a bracket adds to the sentence (« Marseille (13) », a department's number).
 * Returns where a mention ending before tokens[b] ends with it: past the closing bracket, or `b`.
 */
export function gluedNumberEnd(tokens: readonly Token[], b: number): number {
  const [last, open, num, close] = [tokens[b - 1], tokens[b], tokens[b + 1], tokens[b + 2]];
  if (!last || open?.text !== '(' || open.start !== last.start + last.text.length) return b;
  if (!num || !/^\d+$/u.test(num.text) || close?.text !== ')' || close.start !== num.start + num.text.length)
    return b;
  return b + 3;
}
