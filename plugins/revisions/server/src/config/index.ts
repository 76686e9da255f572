export interface RevisionsConfig {
  /** Content types whose every save is kept. */
  contentTypes: string[];
}

export default {
  default: { contentTypes: ['api::fiche.fiche', 'api::espace.espace'] } satisfies RevisionsConfig,
  validator(config: Partial<RevisionsConfig>) {
    if (!Array.isArray(config.contentTypes)) throw new Error('revisions.contentTypes must be a list of content-type uids');
  },
};
