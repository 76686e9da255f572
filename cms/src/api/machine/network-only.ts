import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

interface Attribute {
  type: string;
  target?: string;
  private?: boolean;
}

/**
 * A space's machines are seen in the admin panel by the network's accounts and nowhere else
 * (cms/src/api/espace/field-visibility.ts decides `machines: 'network'`). The type has no
 * content-API routes, so not even a full-access API token lists them; and every relation that
 * leads to a machine from another type (an intervention's `machine`) is private, so populating
 * it cannot read a machine either. Found from the schemas, so a relation added later is covered.
 */
export function keepMachinesNetworkOnly(strapi: Core.Strapi): void {
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as { attributes: Record<string, Attribute> }[];
  for (const model of models) {
    for (const attribute of Object.values(model.attributes)) {
      if (attribute.type === 'relation' && attribute.target === UIDS.machine) attribute.private = true;
    }
  }
}
