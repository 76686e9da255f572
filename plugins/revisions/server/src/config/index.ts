import { TRACKED_UIDS, UIDS } from '@reseau-epn/platform';

export interface RevisionsConfig {
  /** Content types whose every save is kept. */
  contentTypes: string[];
  /** Days after which a revision loses its personal fields (a space's referent); the rest is kept. */
  personalDataRetentionDays: number;
  /**
   * The personal fields of a tracked type, purged from old revisions. A type not listed has its
   * private attributes purged; list a type whose private attributes are not all personal (a
   * space's connection details are network-only, not personal, and keep their history).
   */
  personalFields: Record<string, string[]>;
  /** At most this many published versions (the newest) in the public history of a document. */
  publicHistoryLimit: number;
  /**
   * Fields of a tracked type that are not its content, left out of revisions: a workflow's state
   * changes with each review decision, and a reviewer's approval is not authorship (the public
   * history credits the authors of published versions).
   */
  untrackedFields: Record<string, string[]>;
}

const positiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

export default {
  default: {
    contentTypes: [...TRACKED_UIDS],
    personalDataRetentionDays: 365,
    personalFields: {},
    publicHistoryLimit: 50,
    untrackedFields: { [UIDS.fiche]: ['reviewState'] },
  } satisfies RevisionsConfig,
  validator(config: Partial<RevisionsConfig>) {
    if (!Array.isArray(config.contentTypes)) throw new Error('revisions.contentTypes must be a list of content-type uids');
    if (!positiveInteger(config.personalDataRetentionDays)) throw new Error('revisions.personalDataRetentionDays must be a number of days (1 or more)');
    const untracked = config.untrackedFields;
    if (!untracked || typeof untracked !== 'object' || !Object.values(untracked).every((fields) => Array.isArray(fields))) {
      throw new Error('revisions.untrackedFields must map content-type uids to lists of field names');
    }
    const personal = config.personalFields;
    if (!personal || typeof personal !== 'object' || !Object.values(personal).every((fields) => Array.isArray(fields))) {
      throw new Error('revisions.personalFields must map content-type uids to lists of field names');
    }
    if (!positiveInteger(config.publicHistoryLimit)) throw new Error('revisions.publicHistoryLimit must be a number of versions (1 or more)');
  },
};
