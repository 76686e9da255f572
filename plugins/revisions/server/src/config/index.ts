import { TRACKED_UIDS } from '@reseau-epn/platform';

export interface RevisionsConfig {
  /** Content types whose every save is kept. */
  contentTypes: string[];
  /** Days after which a revision loses its private attributes (a space's referent); the rest is kept. */
  personalDataRetentionDays: number;
  /** At most this many published versions (the newest) in the public history of a document. */
  publicHistoryLimit: number;
}

const positiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

export default {
  default: {
    contentTypes: [...TRACKED_UIDS],
    personalDataRetentionDays: 365,
    publicHistoryLimit: 50,
  } satisfies RevisionsConfig,
  validator(config: Partial<RevisionsConfig>) {
    if (!Array.isArray(config.contentTypes)) throw new Error('revisions.contentTypes must be a list of content-type uids');
    if (!positiveInteger(config.personalDataRetentionDays)) throw new Error('revisions.personalDataRetentionDays must be a number of days (1 or more)');
    if (!positiveInteger(config.publicHistoryLimit)) throw new Error('revisions.publicHistoryLimit must be a number of versions (1 or more)');
  },
};
