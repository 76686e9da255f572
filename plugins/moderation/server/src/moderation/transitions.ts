import type { PostAction, PostState } from '../../../shared/contracts';

/**
 * What each moderation action does to a post, as data: the states it acts from, the state it
 * leads to, whether a reason is required (a refusal's reason is sent to the author; every reason
 * goes to the audit log). `approve` on a published post keeps it and dismisses its flags.
 */
export const POST_TRANSITIONS: Record<PostAction, { from: readonly PostState[]; to: PostState; reasonRequired: boolean }> = {
  approve: { from: ['en_attente', 'publie', 'masque'], to: 'publie', reasonRequired: false },
  reject: { from: ['en_attente', 'publie', 'masque'], to: 'refuse', reasonRequired: true },
  hide: { from: ['en_attente', 'publie'], to: 'masque', reasonRequired: true },
  restore: { from: ['masque', 'refuse'], to: 'publie', reasonRequired: false },
};

export const STATE_LABELS: Record<PostState, string> = {
  en_attente: 'en attente de modération',
  publie: 'publié',
  refuse: 'refusé',
  masque: 'masqué',
};

/** Topic actions: the field each sets and the value, `move` aside (it names a category). */
export const TOPIC_FLAGS = {
  lock: { field: 'locked', value: true, already: 'Ce sujet est déjà verrouillé.' },
  unlock: { field: 'locked', value: false, already: 'Ce sujet n’est pas verrouillé.' },
  pin: { field: 'pinned', value: true, already: 'Ce sujet est déjà épinglé.' },
  unpin: { field: 'pinned', value: false, already: 'Ce sujet n’est pas épinglé.' },
} as const;
