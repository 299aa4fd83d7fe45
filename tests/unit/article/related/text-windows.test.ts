import { describe, expect, it } from 'vitest';
import { TextWindows, WINDOW } from '@/utils/article/related/text-windows';

const text =
  'The council of Halwick voted on Tuesday to close the old quay to traffic. Residents of Brenmoor were moved overnight. ' +
  'Engineers from the Tarnel Water Board are checking the dams, and the sailing club laid on boats.';

describe('TextWindows', () => {
  it('never says a string of the text is missing from it', () => {
    const windows = new TextWindows(text);
    for (let from = 0; from + WINDOW <= text.length; from += 3) {
      for (const length of [WINDOW, WINDOW + 5, 40]) {
        if (from + length <= text.length) expect(windows.mayHold(text.slice(from, from + length))).toBe(true);
      }
    }
  });

  it('tells most strings that are not in the text at once', () => {
    const windows = new TextWindows(text);
    const absent = Array.from({ length: 200 }, (_, i) => `Story number ${i} about another town entirely`);
    expect(absent.filter((s) => windows.mayHold(s)).length).toBeLessThan(10);
  });

  it('takes a text shorter than a window', () => {
    expect(new TextWindows('short').mayHold('a longer string here')).toBe(false);
  });
});

describe('articleProfile among many story links', () => {
  it('leaves out the titles the text holds, as it did with a few links', async () => {
    const { articleProfile } = await import('@/utils/article/related/similarity');
    const kept = 'Read more: Halwick ferry service suspended until spring';
    const article = {
      url: 'https://news.example/a',
      title: 'Halwick quay closes',
      text: `${text} ${kept}`,
      lang: 'en',
      entities: [],
    };
    const others = Array.from({ length: 20_000 }, (_, i) => `Story number ${i} about another town entirely`);
    const few = articleProfile(article, [kept.slice(11)]);
    expect(articleProfile(article, [...others, kept.slice(11)])).toEqual(few);
    expect(articleProfile(article, [])).not.toEqual(few);
  });
});
