import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { internalsOf, READABILITY_METHODS } from '@/utils/article/extract/readability-internals';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const reader = () =>
  new Readability(
    parseHtmlWithLinkedom(
      '<html><head><title>T</title></head><body><p>The ferry ran late.</p></body></html>',
      'https://x.example/',
    ),
  );

describe('Readability’s private parts that Liseuse wraps', () => {
  it('are all still methods of the installed version (a wrapper set on a dropped name would be ignored)', () => {
    expect(READABILITY_METHODS.length).toBeGreaterThanOrEqual(8);
    const internals = internalsOf(reader());
    const missing = READABILITY_METHODS.filter((name) => typeof internals[name] !== 'function');
    expect(missing).toEqual([]);
    expect(internals.REGEXPS.byline).toBeInstanceOf(RegExp);
    expect(internals.DIV_TO_P_ELEMS).toBeInstanceOf(Set);
    expect(internals.DIV_TO_P_ELEMS.has('DIV')).toBe(true);
  });

  it('are the instance itself: a method replaced through them is the one parse calls', () => {
    const r = reader();
    const internals = internalsOf(r);
    let visited = 0;
    const next = internals._getNextNode.bind(r);
    internals._getNextNode = (node, ignore) => {
      visited++;
      return next(node, ignore);
    };
    r.parse();
    expect(visited).toBeGreaterThan(0);
  });
});
