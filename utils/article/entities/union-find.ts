/** Disjoint sets of strings, to merge name variants transitively. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** Representative of the set holding `x` (x becomes its own set when new). */
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(x)) this.parent.set(x, x);
    this.parent.set(x, root);
    return root;
  }

  /** Puts `a` and `b` in one set. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
