/** Field-wise, deterministic merging of synced records (pure). */
export { canonicalJson } from './canonical-json';
export { type KeptCopy, type MergeResult, membersOf, mergeRecords } from './merge-records';
export type { FieldPolicy, KindPolicy, Member, Register, SyncRecord } from './record';
export { textHash } from './text-hash';
export { digestOf, sameRecord, shadowOf, updateRecord } from './update-record';
