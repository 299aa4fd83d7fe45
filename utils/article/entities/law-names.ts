// "Senate Bill 10", "Assembly Bill 881", "Proposition 4", "Resolution 2334": a law or a measure named by its number
// is neither the body that passes it nor a product.
const LAW = /(?:^|\s)(?:Bill|Resolution|Proposition)\s\d{1,5}$/u;

/** The surface names a numbered law or measure (see LAW). */
export const namesALaw = (surface: string): boolean => LAW.test(surface);
