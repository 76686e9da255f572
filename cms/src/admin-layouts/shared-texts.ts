import type { FieldText } from './types';

/** Fields several types share, worded once so that they read the same everywhere. */

/** Private fields say so on screen: the site and the content API never show them. */
export const PRIVATE = 'Donnée privée : jamais publiée.';

export const slug = (from: string): FieldText => ({
  label: 'Adresse (slug)',
  description: `Fin de l'adresse de la page sur le site, tirée ${from} ; minuscules et tirets`,
});

/** A request's reference (an intervention, a loan): its prefix, the year, a number. */
export const reference = (prefix: string): FieldText => ({
  label: 'Référence',
  description: `${prefix}-année-numéro`,
  placeholder: `${prefix}-2026-001`,
});

/** Who asked, on a request: a person's name and address, so private. */
export const requester: FieldText = { label: 'Demandeur ou demandeuse', description: PRIVATE };

/** A state field is moved by the workflow's transitions, never typed in. */
export const workflowState = (label: string): FieldText => ({
  label,
  description: 'Changé par le « Circuit de validation », dans le panneau à droite',
  editable: false,
});

export const editSummary: FieldText = {
  label: 'Résumé de la modification',
  description: "Ce qui change dans cette version, pour l'historique (visible de l'équipe seulement)",
  placeholder: 'Ex. : ajout de la procédure pour Android',
};

/** « Parmi : a, b, c » for a list field whose values are a controlled vocabulary. */
export const oneOf = (values: readonly string[]): string => `Parmi : ${values.join(', ')}`;

/** A JSON list's placeholder, in the shape the editor expects. */
export const jsonList = (values: readonly string[]): string => JSON.stringify(values);

/**
 * The fields a visibility table keeps within the network say so first in their description, so
 * the admin reads the same decision as the API (cms/src/api/espace/field-visibility.ts).
 */
export function markNetworkOnly<K extends string>(fields: Record<K, FieldText>, visibility: Partial<Record<K, 'public' | 'network'>>): Record<K, FieldText> {
  const marked = { ...fields };
  for (const name of Object.keys(fields) as K[]) {
    if (visibility[name] !== 'network') continue;
    const { description } = fields[name];
    marked[name] = { ...fields[name], description: description ? `${PRIVATE} ${description}` : PRIVATE };
  }
  return marked;
}
