/** The island's strings in a language (scripts/forum/messages.ts says what each is for). */
import type { IslandMessages } from '../../scripts/forum/messages';
import { t, type Locale } from '../i18n';

const KEYS = [
  'sending',
  'unreachable',
  'signedInAs',
  'signIn',
  'signOut',
  'signedOut',
  'myProfile',
  'loginDone',
  'signupDone',
  'forgotDone',
  'resetDone',
  'resetMissingCode',
  'profileSaved',
  'profileLoading',
  'noSpace',
  'loginToPost',
  'replySent',
  'replyPending',
  'topicCreated',
  'topicPending',
  'topicExists',
  'pending',
  'refused',
  'hidden',
  'edit',
  'save',
  'cancel',
  'editLabel',
  'edited',
  'saved',
  'flag',
  'flagReason',
  'flagSend',
  'flagDone',
  'flagAlready',
  'newPosts',
  'formerMember',
  'fieldError',
  'ficheTopicTitle',
] as const satisfies readonly Exclude<keyof IslandMessages, 'flagReasons'>[];

// Arguments the script fills in stay as {name}-style markers.
const MARKERS = { name: '{name}', title: '{title}', date: '{date}', count: '{count}' };

export function islandMessages(locale: Locale): IslandMessages {
  const strings = Object.fromEntries(KEYS.map((key) => [key, t(locale, `forum.island.${key}`, MARKERS)])) as Omit<IslandMessages, 'flagReasons'>;
  return {
    ...strings,
    flagReasons: {
      spam: t(locale, 'forum.flag.spam'),
      offensive: t(locale, 'forum.flag.offensive'),
      off_topic: t(locale, 'forum.flag.off_topic'),
      other: t(locale, 'forum.flag.other'),
    },
  };
}
