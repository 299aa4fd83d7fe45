/**
 * A heading that names a page's furniture, not a part of the story: the comments ("12 Kommentare", "Leave a
 * reply", « Laisser un commentaire »), a sharing bar ("Share this article"), the most read or related stories
 * ("Ähnliche Artikel", « Articles similaires »). Told by its words, in the web's main languages, so that it
 * holds where the page's class names say nothing.
 */
import { foldWords } from '@/utils/shared/fold';

/** The longest such heading is well under this many characters: a longer line is not read at all. */
const MAX_HEADING_CHARS = 80;

/** Folded (`foldWords`): lower case, accents and punctuation gone. */
const COMMENTS =
  /^(?:\d+ |one |no |keine |aucun )?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?|kommentarer|kommentit|комментари[йи]|yorumlar)(?: (?:to|zu|a|on|sur|para) .*| \d+)?$|^(?:\d+|one) (?:responses?|replies|antworten|reponses?|respuestas)(?: (?:to|zu|a|on|sur|para) .*)?$|^(?:leave a (?:reply|comment)|add (?:a|your) comment|join the (?:discussion|conversation)|schreibe? (?:einen|deinen|ihren) kommentar|kommentar schreiben|laisse[rz]? un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) comentario|deine meinung|ihre meinung|votre avis|tu opinion)$/;

const SHARING =
  /^(?:share(?: this)?(?: (?:article|post|story|page))?|teilen|(?:diesen )?(?:artikel|beitrag) teilen|partager(?: cet article)?|compartir|condividi|compartilhe)$/;

const OTHER_STORIES =
  /^(?:popular posts|most (?:read|popular|viewed)|meistgelesen|meist gelesen|les plus lus|lo mas leido|piu letti|related (?:posts|articles|stories|content|news|topics)|more (?:stories|articles|news)(?: from .*)?|ahnliche (?:artikel|beitrage|themen)|weitere (?:artikel|beitrage|meldungen|nachrichten)|articles similaires|articulos relacionados|articoli correlati|artigos relacionados|gerelateerde artikelen|powiazane artykuly)$/;

/** True when `text` (one short line) is the heading of the comments or of other stories. */
export function isFurnitureHeading(text: string): boolean {
  if (text.trim().length > MAX_HEADING_CHARS) return false;
  const folded = foldWords(text);
  return COMMENTS.test(folded) || OTHER_STORIES.test(folded);
}

/**
 * True when `text` is a sharing bar's label ("Share this article", "Teilen"): the line alone goes, wherever it
 * stands, since the article may go on after the bar.
 */
export function isSharingLabel(text: string): boolean {
  return text.trim().length <= MAX_HEADING_CHARS && SHARING.test(foldWords(text));
}
