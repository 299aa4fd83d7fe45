/**
 * Reads highlights written as Markdown quote blocks, each followed by its note:
 *
 *     > quoted passage
 *     > continued
 *
 *     the reader's note
 *
 * This is how Omnivore wrote `highlights/<slug>.md` and how Liseuse's own Markdown export writes them.
 */

/** One quote with its note and the 1-based line where the quote starts. */
export interface QuoteBlock {
  quote: string;
  note: string | null;
  line: number;
}

// Omnivore appended a link back to the highlight: `[⤴️](https://omnivore.app/...)`.
const BACKLINK = /\s*\[⤴️?\]\([^)]*\)\s*$/u;

/** Splits Markdown into quote blocks and their notes; text before the first quote is ignored. */
export function parseQuoteBlocks(markdown: string): QuoteBlock[] {
  const blocks: QuoteBlock[] = [];
  let current: { quote: string[]; note: string[]; line: number } | null = null;
  let inQuote = false;
  const flush = () => {
    if (!current) return;
    const quote = current.quote.join('\n').replace(BACKLINK, '').trim();
    const note = current.note.join('\n').trim();
    if (quote) blocks.push({ quote, note: note || null, line: current.line });
  };
  markdown.split(/\r?\n/).forEach((text, i) => {
    const q = /^\s{0,3}>\s?(.*)$/.exec(text);
    if (q) {
      if (!inQuote) {
        flush();
        current = { quote: [], note: [], line: i + 1 };
      }
      current?.quote.push(q[1] as string);
      inQuote = true;
      return;
    }
    inQuote = false;
    current?.note.push(text);
  });
  flush();
  return blocks;
}
