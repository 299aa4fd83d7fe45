import type { EntityGroup } from './group';
import { lineBounds } from './line-bounds';

// A publisher's notice of its editorial code, as wires close a story: "Our Standards: The Thomson Reuters Trust
// Principles.", « Notre charte déontologique ». The code it names is the house's, no part of the story.
const STANDARDS_LINE =
  /^(?:our\s+(?:editorial\s+)?(?:standards|principles|guidelines|values)|(?:notre|nos)\s+(?:charte|engagements|principes)|charte\s+(?:de\s+d[ée]ontologie|d[ée]ontologique|[ée]ditoriale))\b/iu;

/** Whether `offset` lies on a line that opens with a standards notice. */
const onStandardsLine = (text: string, offset: number): boolean => {
  const { start } = lineBounds(text, offset);
  return STANDARDS_LINE.test(text.slice(start, offset));
};

/** Whether every mention of `g` is on a publisher's standards notice. */
export function isStandardsNotice(g: EntityGroup, text: string): boolean {
  return g.mentions.every((m) => onStandardsLine(text, m.offset));
}
