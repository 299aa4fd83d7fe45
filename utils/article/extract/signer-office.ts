/**
 * A signature that gives the signer's office in brackets: « Claire Vidal (maire de Sainte-Anne (Gers)) ». It
 * closes an op-ed by a guest, whose office is what the piece speaks from: the header shows the signer as its
 * byline, and the line stays in the story's text, where the key entities find the signer and their town. A
 * journalist's note (« (envoyée spéciale à Kyiv) ») gives no office: that line is the byline's only.
 */
import { AUTHOR_ROLES } from '@/utils/article/entities/role-lines';
import { foldWords } from '@/utils/shared/fold';

/** The signer's role in brackets after the names, one bracket inside it at most. */
export const ROLE_NOTE = /\s+\((?:[^()]|\([^()]*\))+\)$/u;

/** Whether `line` is `names` (when given) then a bracketed office that is no journalist's role. */
export function signsWithOffice(line: string, names?: string): boolean {
  const note = ROLE_NOTE.exec(line.trim());
  if (!note) return false;
  if (names !== undefined && foldWords(line.trim().slice(0, note.index)) !== foldWords(names)) return false;
  return !foldWords(note[0])
    .split(' ')
    .some((w) => AUTHOR_ROLES.has(w));
}
