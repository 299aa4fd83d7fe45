// "Ed Conway / Economics and data editor @EdConwaySky": an author's role written on its own line under the
// byline; its capitals name a beat or a desk, not a subject of the article.
import type { Mention } from './mention';
import type { Token } from './tokenize';

/** An author's role, folded: the last word of a role line, a role glued to a byline's names. */
export const AUTHOR_ROLES: ReadonlySet<string> = new Set(
  `editor editors correspondent correspondents reporter reporters columnist writer journalist critic
  presenter redacteur redactrice redacteurs journaliste journalistes chroniqueur chroniqueuse chroniqueurs envoye
  envoyee envoyes envoyees correspondant correspondante correspondants correspondantes editorialiste editorialist
  redakteur redakteurin redaktion`.split(/\s+/),
);
// Longest line read as a role line, in words.
const MAX_WORDS = 8;

/** Whether the line of tokens[at] is short and ends with an author's role, an account's handle aside. */
function onRoleLine(tokens: readonly Token[], at: number): boolean {
  const line = tokens[at]?.line;
  let a = at;
  let b = at;
  while (a > 0 && tokens[a - 1]?.line === line) a--;
  while (b + 1 < tokens.length && tokens[b + 1]?.line === line) b++;
  const words = tokens.slice(a, b + 1).filter((t, i, all) => t.isWord && all[i - 1]?.text !== '@');
  return words.length <= MAX_WORDS && AUTHOR_ROLES.has(words.at(-1)?.folded ?? '');
}

/** Mentions outside author's role lines ("Economics" in "Economics and data editor" is dropped). */
export function offRoleLines(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  // A line's tokens follow one another, so every mention on it gets the same answer: each line is read once
  // (a paragraph is one line, and reading it again for each of its mentions is quadratic).
  const roleLines = new Map<number, boolean>();
  return mentions.filter((m) => {
    if (m.headline) return true;
    const line = tokens[m.from]?.line;
    if (line === undefined) return !onRoleLine(tokens, m.from);
    let onRole = roleLines.get(line);
    if (onRole === undefined) {
      onRole = onRoleLine(tokens, m.from);
      roleLines.set(line, onRole);
    }
    return !onRole;
  });
}
