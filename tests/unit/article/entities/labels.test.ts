import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('page furniture is no name', () => {
  it('drops the labels of a recipe card, keeps the cook it names', () => {
    const es = entitiesOf(`Marta Quill bakes this plum tart every autumn in Corbridge.
Marta Quill says the dough must rest overnight.

Prep Time: 15 minutes
Cook Time: 40 minutes
Total Time: 55 minutes

Nutrition per slice
Saturated Fat 6g
Dietary Fiber 2g

Marta Quill serves it warm.`);
    for (const label of ['Total Time', 'Prep Time', 'Cook Time', 'Saturated Fat', 'Dietary Fiber']) {
      expect(find(es, label), label).toBeUndefined();
    }
    expect(names(es)).toContain('Marta Quill');
  });

  it('keeps a name written before a colon when the text also names it in its sentences', () => {
    const es = entitiesOf(`Kestrel Lines: a ferry company in trouble
The regulator fined Kestrel Lines on Monday, and Kestrel Lines will appeal.`);
    expect(find(es, 'Kestrel Lines')?.count).toBe(3);
  });

  it('keeps a venue opening a results line, after a function word', () => {
    const es = entitiesOf(`Results of county matches on Friday:
At Tunbridge Wells: Brackwater 214 and 155-3. Corbridge 301.
At Tunbridge Wells: Brackwater won by six wickets.`);
    expect(names(es)).toContain('Tunbridge Wells');
  });

  it('keeps a venue opening a results line, the name after its colon says so', () => {
    const es = entitiesOf(`Results of county matches on Friday:
Tunbridge Wells: Brackwater 214 and 155-3, Corbridge 301.
Gullhaven: Ardal 120, Quillon 99.`);
    expect(names(es)).toContain('Tunbridge Wells');
  });

  it('keeps teams of a results table, followed by their goals', () => {
    const es = entitiesOf(`Results of the Tarvik league on Saturday:
Brackwater Rovers 2
Corbridge Athletic 0
Harlan United 1
Quillon Town 1`);
    expect(names(es)).toContain('Brackwater Rovers');
    expect(names(es)).toContain('Quillon Town');
  });

  it('drops share-bar words and numbered steps', () => {
    const es = entitiesOf(`Social Share

Step One: Toss the oats with the honey, as Tove Ardal does in Brackwater.
Step Two: Bake them for twenty minutes.

More Stories
Tove Ardal opened her bakery in Brackwater in 2019.`);
    expect(names(es)).not.toContain('Social Share');
    expect(names(es)).not.toContain('More Stories');
    expect(names(es)).not.toContain('Stories');
    expect(names(es)).not.toContain('Step One');
    expect(names(es)).not.toContain('Step Two');
    expect(names(es)).toContain('Tove Ardal');
  });

  it('drops a code identifier’s words joined by an underscore', () => {
    const es = entitiesOf(`Set the header before calling Quillon, the scraper Ines Varo wrote.
USER_AGENT = "quillon/1.0"
MAX_RETRIES = 3
Ines Varo tests Quillon against the USER_AGENT each night.`);
    expect(names(es)).not.toContain('USER');
    expect(names(es)).not.toContain('AGENT');
    expect(names(es)).not.toContain('MAX');
    expect(names(es)).toContain('Ines Varo');
  });

  it('reads the capital after a line’s label as its item’s first letter', () => {
    const es = entitiesOf(`Skinfold calipers are cheap, the nurse Lena Orm said.
Accuracy: Limited data exist, and the limited studies disagree.
Cost: Limited to a few euros.
Venue: Harbour Hall in Gullhaven.`);
    expect(names(es)).not.toContain('Limited');
    expect(names(es)).toContain('Lena Orm');
    expect(names(es)).toContain('Harbour Hall');
  });
});

describe('numbered items and quantities', () => {
  it('drops a numbered day, step or meal, keeps a numbered product', () => {
    const es =
      entitiesOf(`Lena Orm planned the week in Brackwater. On Day 3 she swam, and Day 3 ended with a storm.
She followed Step 2 of the guide, then Step 2 again. Lena Orm ate Meal 2 at noon; Meal 2 was soup.
Lena Orm tracks it all on her Quillon 5 watch, and the Quillon 5 counts her steps.`);
    for (const item of ['Day 3', 'Step 2', 'Meal 2']) expect(names(es), item).not.toContain(item);
    expect(names(es)).toContain('Quillon 5');
  });

  it('drops capacities and "3-D", keeps a model number', () => {
    const es = entitiesOf(`The Quillon X2 ships with 512GB of storage and a 3-D camera. Its 3-D camera and
its 512GB disk impress, and the Quillon X2 sells in Brackwater, Lena Orm said.`);
    expect(names(es)).not.toContain('512GB');
    expect(names(es)).not.toContain('3-D');
    expect(names(es)).toContain('Quillon X2');
  });

  it('keeps a club written with a digit and a hyphen', () => {
    const es = entitiesOf('The 4-H club met in Gullhaven, and the 4-H members cheered Lena Orm.');
    expect(names(es)).toContain('4-H');
  });
});

describe('recipe and nutrition cards', () => {
  it('drops a card’s labels written with bare figures, keeps the dish’s maker', () => {
    const es =
      entitiesOf(`Tove Ardal learnt these oat bites in Brackwater, and Tove Ardal still makes them weekly.

Prep Time 20
Cook Time 0
Cuisine Nordic
Servings 12

Nutrition Facts
Calories 158 kcal
Saturated Fat
4
g

Storing Instructions
Keep them cold. Stir 1 Tbsp of honey in, as Tove Ardal does in Brackwater.`);
    for (const label of [
      'Prep Time',
      'Cook Time',
      'Cuisine Nordic',
      'Nutrition Facts',
      'Calories',
      'Saturated Fat',
    ]) {
      expect(names(es), label).not.toContain(label);
    }
    expect(names(es)).not.toContain('Storing Instructions');
    expect(names(es)).not.toContain('Tbsp');
    expect(names(es)).toContain('Tove Ardal');
  });

  it('keeps a name with a card word that the text writes in its sentences', () => {
    const es = entitiesOf(`Quillon Time
Lena Orm runs Quillon Time in Gullhaven, and at Quillon Time the oat bites sell out by nine.`);
    expect(names(es)).toContain('Quillon Time');
  });
});

describe('addresses', () => {
  it('drops a page’s file name, keeps the town it names', () => {
    const es = entitiesOf(`Read it at The-Harbour-Fire-in-Gullhaven-1234.php before noon.
The fire in Gullhaven spread fast, and Gullhaven firefighters held it, said Harlan Voss.`);
    expect(names(es).some((n) => n.endsWith('.php'))).toBe(false);
    expect(names(es)).toContain('Gullhaven');
  });
});
