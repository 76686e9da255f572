import { expect } from 'vitest';
import type { TestCms } from '../../helpers/cms';

/** Posts invalid data and returns the status and the error's field paths, checking nothing was written. */
export async function rejectedFields(cms: TestCms, token: string, uid: string, path: string, data: Record<string, unknown>, key: Record<string, unknown>) {
  const before = await cms.strapi.db.query(uid).count({ where: key });
  const response = await cms.request(path, { method: 'POST', body: { data }, token });
  const after = await cms.strapi.db.query(uid).count({ where: key });
  expect(after).toBe(before);
  return { status: response.status, paths: (response.body.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.')) };
}
