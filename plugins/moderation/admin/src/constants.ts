export { PERMISSIONS, PLUGIN_ID } from '../../shared/permissions';

/** The page's tabs; `?tab=` in the address opens one (the moderators' mails link to pending or flagged). */
export const TABS = ['pending', 'flagged', 'audit'] as const;
export type Tab = (typeof TABS)[number];

/** Audit entries per page of the journal. */
export const AUDIT_PAGE_SIZE = 20;

/** Longest reason a moderator may give (the server checks it too). */
export const REASON_MAX = 1000;
