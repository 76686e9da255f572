import { randomBytes } from 'node:crypto';
import type { Core, Modules, UID } from '@strapi/strapi';
import { NETWORK_ONLY_ESPACE_FIELDS } from '../../../cms/src/api/espace/field-visibility';
import { sampleData } from '../../helpers/fixtures';
import { UIDS } from '@reseau-epn/platform';

/**
 * A published space whose every `network` field (cms/src/api/espace/field-visibility.ts) holds
 * marker values, found from the table and the schema rather than listed here: a field made
 * `network` later is planted and checked without editing the tests. A field of a kind this file
 * cannot fill stops the test with its name, so it is never skipped in silence.
 */
export interface PlantedSpace {
  documentId: string;
  slug: string;
  /** Marker values by network field: none may leave the network. */
  markers: Record<string, string[]>;
  /** Removes the space, its machines and the accounts of its team. */
  remove(): Promise<void>;
}

interface Attribute {
  type: string;
  component?: string;
  repeatable?: boolean;
  target?: string;
  regex?: string;
  enum?: string[];
}

export async function plantNetworkMarkers(strapi: Core.Strapi): Promise<PlantedSpace> {
  const tag = `Secret${randomBytes(4).toString('hex')}`;
  const markers: Record<string, string[]> = {};
  const adminIds: number[] = [];
  const machineIds: string[] = [];
  const mark = (field: string, where: string) => {
    const value = `${tag}-${where}`;
    (markers[field] ??= []).push(value);
    return value;
  };

  /** A related record that carries markers of its own: an admin account of the team. */
  async function relatedRecord(field: string, attribute: Attribute): Promise<unknown> {
    if (attribute.target === UIDS.adminUser) {
      const email = `${tag.toLowerCase()}.${field}@secret.example`;
      (markers[field] ??= []).push(email);
      const user = await strapi.admin!.services.user.create({ firstname: mark(field, 'firstname'), lastname: mark(field, 'lastname'), email, isActive: false });
      adminIds.push(user.id);
      return user.id;
    }
    throw new Error(`space-markers: no marker for a relation of ${field} to ${attribute.target}`);
  }

  async function value(field: string, where: string, attribute: Attribute): Promise<unknown> {
    if ((attribute.type === 'string' || attribute.type === 'text') && !attribute.regex) return mark(field, where);
    if (attribute.type === 'email') {
      const email = `${tag.toLowerCase()}.${where.replace(/\W/g, '-')}@secret.example`;
      (markers[field] ??= []).push(email);
      return email;
    }
    if (attribute.type === 'enumeration') return attribute.enum![0];
    if (attribute.type === 'boolean') return true;
    if (attribute.type === 'integer' || attribute.type === 'decimal') return 7;
    if (attribute.type === 'relation') return relatedRecord(field, attribute);
    if (attribute.type === 'component') {
      const component = strapi.components[attribute.component as UID.Component];
      const entry: Record<string, unknown> = {};
      for (const [name, inner] of Object.entries(component.attributes as Record<string, Attribute>)) {
        // A value the schema constrains by pattern (a phone number) is left out; the others carry markers.
        if (inner.regex) continue;
        entry[name] = await value(field, `${where}.${name}`, inner);
      }
      return attribute.repeatable ? [entry] : entry;
    }
    throw new Error(`space-markers: no marker for ${where} (${attribute.type})`);
  }

  const attributes = strapi.contentType(UIDS.espace).attributes as Record<string, Attribute>;
  const data: Record<string, unknown> = { ...sampleData(UIDS.espace) };
  const machineFields: string[] = [];
  for (const field of NETWORK_ONLY_ESPACE_FIELDS) {
    const attribute = attributes[field];
    // The space's machines point at it: they are written once it exists.
    if (attribute.type === 'relation' && attribute.target === UIDS.machine) machineFields.push(field);
    else data[field] = await value(field, field, attribute);
  }

  // Built field by field from the schema, so typed by it only once complete.
  const input = data as Modules.Documents.Params.Data.Input<typeof UIDS.espace>;
  const space = await strapi.documents(UIDS.espace).create({ locale: 'fr', status: 'published', data: input });
  for (const field of machineFields) {
    for (const kind of ['poste_fixe', 'box_routeur'] as const) {
      const machine = await strapi.documents(UIDS.machine).create({
        data: {
          label: mark(field, `${kind}.label`),
          kind,
          publicUse: true,
          state: 'en_service',
          operatingSystem: 'Linux',
          osVersion: mark(field, `${kind}.osVersion`).slice(0, 60),
          notes: mark(field, `${kind}.notes`),
          espace: space.documentId,
        },
      });
      machineIds.push(machine.documentId);
    }
  }

  return {
    documentId: space.documentId,
    slug: String(data.slug),
    markers,
    async remove() {
      for (const documentId of machineIds) await strapi.documents(UIDS.machine).delete({ documentId });
      await strapi.documents(UIDS.espace).delete({ documentId: space.documentId });
      for (const id of adminIds) await strapi.admin!.services.user.deleteById(id);
    },
  };
}
