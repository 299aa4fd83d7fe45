import { words } from './gazetteer/set';

/**
 * Last words of publishers', labels', studios' and journals' names: "Penguin Books", "Rough Trade Records",
 * "Warner Bros. Pictures", "BMJ Case Reports". Such a name is a body's, never a place's nor a person's, whatever
 * place word or given name opens it ("New Directions Publishing", "Lewis Books").
 */
const WORK_LAST = words(`books records recordings pictures films studios productions editions publishing
publishers publications reports letters proceedings`);

/** « Éditions Gallimard », « Éditions du Seuil »: French opens a publisher's name with the word. */
const WORK_FIRST = words(`editions`);

/** The folded key names a publisher, a label, a studio or a journal by its closing (or French opening) word. */
export function namesAPublisher(key: string): boolean {
  const ws = key.split(' ');
  return ws.length > 1 && (WORK_LAST.has(ws.at(-1) ?? '') || WORK_FIRST.has(ws[0] ?? ''));
}
