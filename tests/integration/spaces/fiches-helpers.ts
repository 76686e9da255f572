import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';

/**
 * A software name no other file's space has. Systems are a closed list (Windows, Linux…) that
 * other files' spaces and fiches use too; a fiche naming software installed somewhere only
 * concerns the spaces that have it, so these names keep a file's matches its own.
 */
export const uniqueSoftware = (label: string) => `${label}${randomBytes(4).toString('hex')}`;

export interface TeamSeat {
  adminId: number;
  notifyFiches: boolean;
}

/** Spaces, machines and fiches made by a file, and the notifications queued for its people, removed after. */
export function spaceFixtures(cms: TestCms) {
  const spaces: string[] = [];
  const machines: string[] = [];
  const fiches: string[] = [];

  return {
    /** A space (draft and published) running `systems`, with its team. */
    async space({ systems = [], software = [], team = [] }: { systems?: string[]; software?: string[]; team?: TeamSeat[] }) {
      const created = await createEspace(cms.strapi);
      const data = {
        operatingSystems: systems,
        installedSoftware: software,
        team: team.map((seat) => ({ member: seat.adminId, notifyFiches: seat.notifyFiches })),
      };
      // `as never`: the team's relation to an admin user is given by id, which Strapi accepts at run time.
      await cms.strapi.documents(UIDS.espace).update({ documentId: created.documentId, locale: 'fr', data: data as never });
      spaces.push(created.documentId);
      return created.documentId;
    },

    /** A machine of a space, running `operatingSystem`. */
    async machine(espace: string, operatingSystem: string) {
      const created = await cms.strapi
        .documents(UIDS.machine)
        .create({ data: { label: `Poste ${operatingSystem}`, kind: 'poste_fixe', espace, operatingSystem } as never });
      machines.push(created.documentId);
      return created.documentId;
    },

    /** A fiche about `systems`, as a draft, or published (server-side: no request, so no mail). */
    async fiche({ systems = [], software = [], status = 'draft' }: { systems?: string[]; software?: string[]; status?: 'draft' | 'published' }) {
      const created = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', status, data: { ...sampleData(UIDS.fiche), systems, software } });
      fiches.push(created.documentId);
      return { documentId: created.documentId, title: created.title as string };
    },

    async cleanUp() {
      for (const documentId of fiches.splice(0)) await cms.strapi.documents(UIDS.fiche).delete({ documentId, locale: '*' });
      for (const documentId of machines.splice(0)) await cms.strapi.documents(UIDS.machine).delete({ documentId });
      for (const documentId of spaces.splice(0)) await cms.strapi.documents(UIDS.espace).delete({ documentId, locale: '*' });
    },
  };
}
