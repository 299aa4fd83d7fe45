/** The reader's keyboard shortcuts (pure): which key does what, and when a key is the reader typing. */

/** What a shortcut does. */
export type ReaderCommand = 'next' | 'previous' | 'archive' | 'favorite' | 'highlight' | 'back' | 'help';

/** Keys by command, in the order the help lists them (the first key is the one shown). */
export const READER_SHORTCUTS: readonly { command: ReaderCommand; keys: readonly string[] }[] = [
  { command: 'next', keys: ['j'] },
  { command: 'previous', keys: ['k'] },
  { command: 'archive', keys: ['a'] },
  { command: 'favorite', keys: ['f'] },
  { command: 'highlight', keys: ['h'] },
  { command: 'back', keys: ['u'] },
  { command: 'help', keys: ['?'] },
];

/** The parts of a keyboard event that decide. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** What has focus: a field the reader types in, or anything else. */
  typing: boolean;
}

/** The command of a key press, or null (modifiers held, typing in a field, or an unbound key). */
export function readerCommandOf(e: KeyLike): ReaderCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.typing) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return READER_SHORTCUTS.find((s) => s.keys.includes(key))?.command ?? null;
}

/** True when the element takes text (the shortcuts then stay out of the way). */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
