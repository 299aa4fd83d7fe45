/** The six heading elements, lower case: every tag list that sets headings apart holds them all. */
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
