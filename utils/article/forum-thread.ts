/**
 * A forum thread is talk, not an article: several members' posts, each signed with the member's standing
 * ("41 posts", "Beiträge: 27", "Registriert: Mo 14. Feb 2022", "Messages : 312"). A news page's comments
 * show a name and a time, not the commenter's post count or joining date. A count in brackets is a blog
 * archive's ("December (5 posts)").
 */

/**
 * A member's standing: a post count, a label, its colon and a number ("Mensajes: 45"), or a joining date.
 * A label may be glued to the member's name before it (page text reads "Holger_KBeiträge: 27").
 */
const MEMBER_STANDING =
  /(?<!\()\b\d[\d.,]*\s+(?:posts|beiträge|messages|mensajes|messaggi|berichten)\b|(?:posts|beiträge|messages|mensajes|messaggi|berichten|joined|registered|registriert|inscrit(?:\s+le)?|inscription|registrado|iscritto(?:\s+il)?)\s*:\s*(?:\p{L}{2,3}\.?\s+)?\d|\b(?:joined|member since|mitglied seit|miembro desde|membre depuis)\s+(?:\p{L}{3,9}\.?\s+)?\d/giu;
/** This many signed posts make a thread. */
const MIN_POSTS = 3;

/** True when `text` (the page's text) holds the standing of several members' posts. */
export function isForumThread(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(MEMBER_STANDING)) if (++count >= MIN_POSTS) return true;
  return false;
}
