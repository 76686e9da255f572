import type { Modules, UID } from '@strapi/strapi';
import type { TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';

/**
 * A sample entry of `uid` (with `extra` fields), as the Document Service's typed `data`. The
 * fixtures' samples are plain records, one shape per content type, hence the cast.
 */
export function sample<T extends UID.ContentType>(uid: T, extra: Record<string, unknown> = {}): Modules.Documents.Params.Data.Input<T> {
  return { ...sampleData(uid), ...extra } as Modules.Documents.Params.Data.Input<T>;
}

/** POST a transition over the content API. */
export function fire(cms: TestCms, jwt: string, uid: string, documentId: string, name: string, comment?: string) {
  return cms.request(`/api/workflow/${uid}/${documentId}/transitions/${name}`, {
    method: 'POST',
    body: comment === undefined ? {} : { comment },
    token: jwt,
  });
}

/** Entries made in the admin panel carry their creator; the Document Service alone does not set it. */
export async function setCreator(cms: TestCms, uid: string, documentId: string, adminId: number) {
  await cms.strapi.db.query(uid).updateMany({ where: { documentId }, data: { createdBy: adminId } });
}
