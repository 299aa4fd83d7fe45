/**
 * The letters of a node's text: its characters other than white space (`textContent` without `\s`), the
 * measure the extraction rules compare blocks by. One helper, so every rule counts the same way.
 */

const SPACES = /\s+/g;

/** Characters of `text` other than white space. */
export const lettersIn = (text: string): number => text.replace(SPACES, '').length;

/** Characters of `node`'s text other than white space. */
export const letterCount = (node: Node): number => lettersIn(node.textContent ?? '');
