import type { PostState } from '../../../shared/contracts';

/** A post's (and its topic's) state, in French: the translations' default messages. */
export const STATE_LABELS: Record<PostState, string> = { en_attente: 'En attente', publie: 'Publié', refuse: 'Refusé', masque: 'Masqué' };

export const isPostState = (value: unknown): value is PostState => typeof value === 'string' && Object.hasOwn(STATE_LABELS, value);
