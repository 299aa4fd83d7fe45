// English phrases other languages borrow as common nouns and, German above all, write with capitals ("Social
// Media", "Fake News", "Joint Venture"): their last word says body ("Media", "News", "School") or their shape says
// name ("Full HD"), yet they name nothing. Folded words; a phrase is two of them, an opener and a noun.
const OPENERS = new Set('social fake joint high full smart big open home public real human'.split(' '));
const NOUNS = new Set(
  `media medias news network networks venture ventures school schools hd data home office viewing estate
  resources intelligence commerce economy`.split(/\s+/),
);

/** A two-word English loan phrase ("social media", "full hd"), by its folded key: no name where it is borrowed. */
export function isLoanPhrase(key: string): boolean {
  const [first = '', second = '', more] = key.split(' ');
  return more === undefined && OPENERS.has(first) && NOUNS.has(second);
}
