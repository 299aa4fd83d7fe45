// A year with its era ("AD 250", "300 BC", "AD 1066"), or a part of a play or an opera with its number ("Act 3",
// "Scene 2", "Act III"): a date or a place in a work, which names no one. Anchored at the start, so most surfaces
// fail on their first letters.
const ERA_YEAR = /^(?:(?:AD|BCE?|CE) \d{1,4}|\d{1,4} (?:AD|BCE?|CE))$/;
const WORK_PART = /^(?:Act|Scene) (?:\d{1,2}|[IVX]{1,4})$/;

/** A year with its era or a play's part with its number: never a name. */
export const isNumberLabel = (surface: string): boolean => ERA_YEAR.test(surface) || WORK_PART.test(surface);
