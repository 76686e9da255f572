import type { Core } from '@strapi/strapi';
import { parisToday } from '@reseau-epn/platform';
import type catalogueService from '../services/catalogue';

type Service = ReturnType<typeof catalogueService>;

/** « Matériel à emprunter »: the catalogue and each item's busy dates, public (the site's build reads it). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { body: unknown; set(field: string, value: string): void }) {
    const service = strapi.service('api::equipement.catalogue') as unknown as Service;
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = { data: await service.list(parisToday()) };
  },
});
