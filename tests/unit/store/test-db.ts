/** A fresh, uniquely named database per test (fake-indexeddb is loaded by tests/unit/setup.ts). */
import { LiseuseDatabase } from '@/utils/store/database';

/** Opens a new empty database; delete it with `db.delete()` after the test. */
export function freshDatabase(): LiseuseDatabase {
  return new LiseuseDatabase(`test-${crypto.randomUUID()}`);
}
