import type { Core, UID } from '@strapi/strapi';

/**
 * Locks an entry's rows (`SELECT … FOR UPDATE`) in the current transaction, so transitions on
 * one entry, and on what it holds (a loan's item), run one after the other on PostgreSQL; SQLite
 * has one writer anyway. Strapi's query builder, not the Document Service: row locks are what it
 * alone gives, and it joins the transaction the caller is in.
 */
export async function lockEntry(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<void> {
  if (strapi.db.dialect.client === 'sqlite') return;
  await strapi.db.queryBuilder(uid).select('id').where({ documentId }).forUpdate().execute();
}
