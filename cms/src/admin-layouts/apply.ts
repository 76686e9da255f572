import type { Core } from '@strapi/strapi';
import { toConfiguration, type CmConfiguration } from './configuration';
import { handChanges, managedValues, placedFields, type ManagedValues } from './managed';
import type { AnyAdminLayout } from './types';

/** The Content Manager's configuration services (content-types, components), as far as used here. */
interface ConfigurationService {
  findContentType?(uid: string): CmModel | undefined;
  findComponent?(uid: string): CmModel | undefined;
  findConfiguration(model: CmModel): Promise<CmConfiguration>;
  updateConfiguration(model: CmModel, configuration: CmConfiguration): Promise<unknown>;
}

interface CmModel {
  uid: string;
  attributes: Record<string, { type: string; customField?: string }>;
}

interface FieldSizes {
  hasFieldSize(type: string | undefined): boolean;
  getFieldSize(type: string): { default: number };
}

/** What was last applied to a model, kept in the core store to tell hand changes from ours. */
interface AppliedRecord {
  values: ManagedValues;
  fields: string[];
}

const STORE = { type: 'app', name: 'admin-layouts' } as const;

function contentManager(strapi: Core.Strapi) {
  const plugin = strapi.plugin('content-manager');
  // Strapi types plugin services loosely; these are the content-manager's own (5.54) services.
  return {
    contentTypes: plugin.service('content-types') as ConfigurationService,
    components: plugin.service('components') as ConfigurationService,
    fieldSizes: plugin.service('field-sizes') as FieldSizes,
  };
}

const isComponent = (uid: string) => !uid.includes('::');

/**
 * Applies one declared layout through the Content Manager's configuration service. When the
 * stored configuration was changed by hand since the last start, the declaration still wins, with
 * a warning naming what is replaced. Returns the paths changed by hand.
 */
async function applyLayout(strapi: Core.Strapi, layout: AnyAdminLayout): Promise<string[]> {
  const cm = contentManager(strapi);
  const service = isComponent(layout.uid) ? cm.components : cm.contentTypes;
  const model = isComponent(layout.uid) ? service.findComponent?.(layout.uid) : service.findContentType?.(layout.uid);
  if (!model) {
    strapi.log.warn(`[admin-layouts] ${layout.uid} : type déclaré dans cms/src/admin-layouts mais inconnu de Strapi, ignoré`);
    return [];
  }
  const sizeOf = (field: string) => {
    const attribute = model.attributes[field];
    const type = cm.fieldSizes.hasFieldSize(attribute?.customField) ? attribute.customField! : (attribute?.type ?? 'string');
    return cm.fieldSizes.getFieldSize(type).default;
  };

  const { settings, metadatas, layouts } = await service.findConfiguration(model);
  const current: CmConfiguration = { settings, metadatas, layouts };
  const declared = toConfiguration(layout, current, sizeOf);
  const declaredValues = managedValues(layout, declared);

  const store = strapi.store(STORE);
  const last = (await store.get({ key: layout.uid })) as AppliedRecord | null;
  const changed = last ? handChanges(last.values, managedValues(layout, current, new Set(last.fields)), declaredValues) : [];
  if (changed.length > 0) {
    strapi.log.warn(
      `[admin-layouts] ${layout.uid} : configuration modifiée à la main (${changed.join(', ')}) remplacée par celle du dépôt (cms/src/admin-layouts)`,
    );
  }
  await service.updateConfiguration(model, declared);
  await store.set({ key: layout.uid, value: { values: declaredValues, fields: placedFields(declared) } satisfies AppliedRecord });
  return changed;
}

/**
 * Labels, descriptions, edit layouts and list views declared in cms/src/admin-layouts, applied at
 * every start after the Content Manager's own sync: a fresh install and an upgraded one look the same.
 */
export async function applyAdminLayouts(strapi: Core.Strapi, layouts: readonly AnyAdminLayout[]): Promise<Record<string, string[]>> {
  const changes: Record<string, string[]> = {};
  for (const layout of layouts) changes[layout.uid] = await applyLayout(strapi, layout);
  return changes;
}
