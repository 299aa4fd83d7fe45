/**
 * Words naming a newsroom's desk, folded (« rédaction » is "redaction"): a line signed "Staff", "News Desk" or
 * « La rédaction » credits the paper, not a writer. The byline and the entity list both read them.
 */
export const DESK_WORDS: readonly string[] = ['staff', 'desk', 'newsroom', 'team', 'redaction'];
