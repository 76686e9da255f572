import type { TestCms } from '../../helpers/cms';

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
  await cms.strapi.db.query(uid as never).updateMany({ where: { documentId }, data: { createdBy: adminId } });
}
