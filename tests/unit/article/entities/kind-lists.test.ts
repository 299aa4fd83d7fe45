import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('names listed once after a plural kind of body', () => {
  it('keeps "firms like Arvex and Kelda" and "lenders such as Trune, Holm or Vasco"', () => {
    const shown = names(
      entitiesOf(`Dana Whitcombe wants the checks gone. Firms like Arvex and Kelda promise that images are deleted,
      and lenders such as Trune, Holm or Vasco ask for more, Dana Whitcombe said.`),
    );
    for (const name of ['Arvex', 'Kelda', 'Trune', 'Holm', 'Vasco']) expect(shown).toContain(name);
  });

  it('lists nothing after "like" without a kind of body, nor a lone capital after a sentence', () => {
    const shown = names(
      entitiesOf(
        `Dana Whitcombe said it felt like Sunday. Patterns like Glimmer are rare, and Whitcombe agreed.`,
      ),
    );
    expect(shown).not.toContain('Glimmer');
  });
});

describe('a list of names opening a sentence', () => {
  it('keeps its first item, though a sentence opens with it', () => {
    const es = entitiesOf(
      `The board voted late on Tuesday. Brackwood, Capitol Mill, Tesler and Vane schools will shut.`,
    );
    expect(find(es, 'Brackwood')).toBeDefined();
    expect(find(es, 'Tesler')).toBeDefined();
  });

  it('leaves a word the text writes in small letters elsewhere', () => {
    const es = entitiesOf(
      `The storm came on Friday. Hail, Tesler and Vane were hit hardest. The hail fell on Mondrel too.`,
    );
    expect(find(es, 'Hail')).toBeUndefined();
  });
});
