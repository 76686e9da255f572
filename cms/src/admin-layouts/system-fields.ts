/**
 * Labels of the attributes Strapi adds to every content type (timestamps, authors, locale): they
 * appear as list columns and filters, so they read in French like the rest.
 */
export const SYSTEM_FIELD_LABELS: Record<string, string> = {
  id: 'N°',
  documentId: 'Identifiant du document',
  createdAt: 'Créé le',
  updatedAt: 'Modifié le',
  publishedAt: 'Publié le',
  createdBy: 'Créé par',
  updatedBy: 'Modifié par',
  locale: 'Langue',
};
