/** Cooperative time-slicing for anchoring: the shared scheduler (utils/shared/schedule). */
export { runToEnd, SLICE_MS, Slicer, yieldToPage } from '@/utils/shared/schedule';
