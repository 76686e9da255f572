/** The reasons a member may give when flagging a post (the contract's FLAG_REASONS), in the order offered. */
export const FLAG_REASONS_ORDER = ['spam', 'offensive', 'off_topic', 'other'] as const;
