/**
 * A thread of readers' comments told by its lines, not its class: three or more short lines "Name says:"
 * (« Marie dit : », "Lisa sagt:", "Jo scrive:"), as blogs print each comment's header. On a page whose class
 * names say nothing, Readability may score a long thread of short paragraphs above a short article (a recipe
 * with forty comments under it). The thread is the smallest block holding all those lines.
 */

/** The verb of a comment's header line, at its end, in the web's main languages. */
const SAYS =
  /(?:^|\s)(?:says|wrote|sagt|schreibt|schrieb|dit|a dit|écrit|a écrit|scrive|ha scritto|dice|escribe|escribió|disse|diz|escreveu|zegt|schreef|napisał|napisała|skriver)\s*:\s*$/i;
/**
 * The same verbs with their colon, looked for in the page's whole text before any element is: from each colon,
 * the verb before it (a pattern that opens with a plain character is searched for quickly).
 */
const SAYS_ANYWHERE =
  /:(?<=\s(?:says|wrote|sagt|schreibt|schrieb|dit|écrit|scrive|dice|escribe|escribió|disse|diz|escreveu|zegt|schreef|napisał|napisała|skriver)\s*:)/gi;
/** A thread has at least this many comments. */
const MIN_COMMENTS = 3;
/** A comment's header line ("Mariahm sagt:", "Jo Bloggs says: 3 May 2021 at 10:12") is at most this long. */
const MAX_HEADER_CHARS = 80;
/** The page outside the thread keeps at least this many characters: a forum page is its thread. */
const MIN_REST_CHARS = 500;
const SHOW_TEXT = 4;

function countUpTo(text: string, pattern: RegExp, max: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < max && pattern.exec(text)) n++;
  return n;
}

/** A comment's header is a template's line, never a paragraph: "<p>Müller sagt:</p>" introduces a quote. */
const PARAGRAPHS = new Set(['p', 'blockquote', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The shape of a header line: its tag and its parent's (a template prints every comment alike). */
const shapeOf = (el: Element): string => `${el.localName}<${el.parentElement?.localName ?? ''}`;

/** The element whose text is the whole header line holding `node` (its name and verb in separate tags). */
function headerLine(node: Node): Element | null {
  let line: Element | null = null;
  for (let el = node.parentElement; el; el = el.parentElement) {
    const text = el.textContent ?? '';
    // Up to the line's end: a short comment's whole box is short too, but does not end with the verb.
    if (text.trim().length > MAX_HEADER_CHARS || !SAYS.test(text)) break;
    line = el;
  }
  return line;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) seen.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (seen.has(el)) return el;
  return null;
}

/**
 * The block of `body` holding its readers' comments, or null: the smallest element holding three header
 * lines or more, unless it holds the headline or nearly all of the page. `bodyText` is `body`'s text.
 */
export function commentThread(body: Element, bodyText: string): Element | null {
  if (countUpTo(bodyText, SAYS_ANYWHERE, MIN_COMMENTS) < MIN_COMMENTS) return null;
  const lines: Element[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!SAYS.test(node.nodeValue ?? '')) continue;
    // The verb may stand in its own tag after the name: the whole line is read.
    const line = headerLine(node);
    if (line && !PARAGRAPHS.has(line.localName) && lines.at(-1) !== line) lines.push(line);
  }
  if (lines.length < MIN_COMMENTS) return null;
  const shape = shapeOf(lines[0] as Element);
  if (lines.some((line) => shapeOf(line) !== shape)) return null;
  let thread: Element | null = lines[0] as Element;
  for (const line of lines.slice(1)) thread = thread ? commonAncestor(thread, line) : null;
  if (!thread || thread === body || !body.contains(thread)) return null;
  if (thread.getElementsByTagName('h1').length > 0) return null;
  const rest = bodyText.length - (thread.textContent ?? '').length;
  return rest >= MIN_REST_CHARS ? thread : null;
}
