// English bodies named for their purpose with "to" and a capitalised verb: "Committee to Protect Journalists",
// "Campaign to Stop Killer Robots", "Global Fund to Fight AIDS, Tuberculosis and Malaria". Written in title case
// inside a sentence, the verb and its object are the name's; "handed the Fund to Jo Smith" is a hand-over.
import type { Token } from './tokenize';

// Heads that take a purpose.
export const PURPOSE_HEADS = new Set(
  'fund committee campaign coalition alliance foundation movement partnership initiative network society league council project trust'.split(
    ' ',
  ),
);

// The verbs bodies state their purpose with, folded: a name after "to" is a hand-over ("the Fund to Dara Venn").
const PURPOSE_VERBS = new Set(
  `fight combat end stop save protect defend promote prevent eliminate eradicate abolish ban beat cure free
  preserve restore reform support help feed elect advance improve keep make build unite boycott impeach
  oppose`.split(/\s+/),
);

/** "to" at `at` after a purpose head, before a capitalised purpose verb and its capitalised object. */
export function joinsPurposeTo(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'to' || !PURPOSE_HEADS.has(tokens[at - 1]?.folded ?? '')) return false;
  const verb = tokens[at + 1];
  const object = tokens[at + 2];
  return (
    verb?.nameLike === true &&
    !verb.loud &&
    PURPOSE_VERBS.has(verb.folded) &&
    object?.capital === true &&
    !object.stop &&
    object.sentence === verb.sentence &&
    verb.sentence === tokens[at]?.sentence
  );
}

/** A name's key with a purpose head, "to" and a purpose verb ("global fund to fight aids…"): a body's name. */
export function namesPurposeBody(key: string): boolean {
  const at = key.indexOf(' to ');
  if (at < 0) return false;
  const before = key.slice(0, at).split(' ').at(-1) ?? '';
  const verb = key.slice(at + 4).split(' ')[0] ?? '';
  return PURPOSE_HEADS.has(before) && PURPOSE_VERBS.has(verb);
}
