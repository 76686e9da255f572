import type { Machine } from '../engine/types';
import { UIDS } from '@reseau-epn/platform';

export interface FicheDoc {
  documentId: string;
  title?: string;
  reviewState?: string;
  locale?: string;
  author?: { id: number; email?: string; firstname?: string } | null;
  createdBy?: { id: number; email?: string } | null;
}

const reviewers = ['moderateur', 'super-admin'] as const;
const STATES = {
  brouillon: 'Brouillon',
  en_relecture: 'En relecture',
  modifications_demandees: 'Modifications demandées',
  publiee: 'Publiée',
  archivee: 'Archivée',
} as const;
type State = keyof typeof STATES;
/** Every state but one: where a button leads from anywhere else. */
const except = (state: State) => (Object.keys(STATES) as State[]).filter((s) => s !== state);
const needsComment =
  (why: string) =>
  ({ comment }: { comment?: string }) =>
    comment?.trim() ? null : why;

const authorEmail = (doc: FicheDoc) => doc.author?.email ?? doc.createdBy?.email;

/**
 * Fiche review: brouillon → en relecture → (modifications demandées → en relecture)* → publiée
 * → archivée. Only reviewers approve; approving publishes through draft and publish, so the
 * API and the site show the reviewed version. The author is told of every decision. The Content
 * Manager's own Publish and Unpublish buttons are review decisions too (`trigger`): the one door
 * that writes `reviewState` is a transition.
 */
export const ficheReview: Machine<FicheDoc> = {
  uid: UIDS.fiche,
  field: 'reviewState',
  initial: 'brouillon',
  states: STATES,
  populate: ['author', 'createdBy'],
  ownerOf: (doc) => doc.author?.id ?? doc.createdBy?.id ?? null,
  // In review or published, a fiche is the reviewers': its author edits it again once it is
  // sent back (modifications demandées) or unpublished (brouillon).
  freezes: {
    en_relecture: { editableBy: reviewers },
    publiee: { editableBy: reviewers },
    archivee: { editableBy: reviewers },
  },
  transitions: [
    {
      name: 'soumettre',
      label: 'Soumettre à la relecture',
      from: ['brouillon', 'modifications_demandees'],
      to: 'en_relecture',
      roles: reviewers,
      ownerRoles: ['animateur', 'technicien'],
    },
    {
      name: 'demander_modifications',
      label: 'Demander des modifications',
      from: ['en_relecture'],
      to: 'modifications_demandees',
      roles: reviewers,
      guard: needsComment('Dites dans un commentaire quelles modifications sont attendues.'),
      effects: [
        async ({ doc, comment, notify }) =>
          notify({
            to: authorEmail(doc),
            subject: `Fiche « ${doc.title} » : modifications demandées`,
            text: `Votre fiche « ${doc.title} » a été relue. Modifications demandées :\n\n${comment}\n`,
          }),
      ],
    },
    {
      name: 'approuver',
      label: 'Approuver et publier',
      from: ['en_relecture'],
      to: 'publiee',
      roles: reviewers,
      effects: [
        async ({ strapi, documentId }) => {
          await strapi.documents(UIDS.fiche).publish({ documentId, locale: '*' });
        },
        async ({ doc, comment, notify }) =>
          notify({
            to: authorEmail(doc),
            subject: `Fiche « ${doc.title} » publiée`,
            text: `Votre fiche « ${doc.title} » a été approuvée et publiée.${comment ? `\n\nCommentaire : ${comment}` : ''}\n`,
          }),
      ],
    },
    {
      name: 'depublier',
      label: 'Dépublier',
      from: ['publiee'],
      to: 'brouillon',
      roles: reviewers,
      effects: [async ({ strapi, documentId }) => void (await strapi.documents(UIDS.fiche).unpublish({ documentId, locale: '*' }))],
    },
    {
      name: 'archiver',
      label: 'Archiver',
      from: ['publiee'],
      to: 'archivee',
      roles: reviewers,
      effects: [async ({ strapi, documentId }) => void (await strapi.documents(UIDS.fiche).unpublish({ documentId, locale: '*' }))],
    },
    {
      name: 'remettre_en_brouillon',
      label: 'Remettre en brouillon',
      from: ['archivee'],
      to: 'brouillon',
      roles: reviewers,
    },
    // The button's own write (publishing the locale shown) is the effect: nothing to add.
    { name: 'publication_directe', label: 'Publier depuis le Content Manager', from: except('publiee'), to: 'publiee', roles: reviewers, trigger: 'publish' },
    {
      name: 'depublication_directe',
      label: 'Dépublier depuis le Content Manager',
      from: except('brouillon'),
      to: 'brouillon',
      roles: reviewers,
      trigger: 'unpublish',
    },
  ],
};
