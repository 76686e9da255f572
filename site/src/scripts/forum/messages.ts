/**
 * The island's strings, filled at build time in the page's language (lib/forum/island-messages.ts)
 * and handed over in the root's data-messages: the browser gets text, no ICU parser.
 */
export interface IslandMessages {
  sending: string;
  unreachable: string;
  /** « Connecté·e : {name} » with the name filled in by the script. */
  signedInAs: string;
  signIn: string;
  signOut: string;
  signedOut: string;
  myProfile: string;
  loginDone: string;
  signupDone: string;
  forgotDone: string;
  resetDone: string;
  resetMissingCode: string;
  profileSaved: string;
  profileLoading: string;
  noSpace: string;
  loginToPost: string;
  replySent: string;
  replyPending: string;
  topicCreated: string;
  topicPending: string;
  topicExists: string;
  pending: string;
  refused: string;
  hidden: string;
  edit: string;
  save: string;
  cancel: string;
  editLabel: string;
  edited: string;
  saved: string;
  flag: string;
  flagReason: string;
  flagReasons: Record<'spam' | 'offensive' | 'off_topic' | 'other', string>;
  flagSend: string;
  flagDone: string;
  flagAlready: string;
  newPosts: string;
  formerMember: string;
  /** Prefix of a field's error when it has no place of its own in the form. */
  fieldError: string;
  /** Default title of a new topic about a fiche: « À propos de la fiche … » with {title}. */
  ficheTopicTitle: string;
}
