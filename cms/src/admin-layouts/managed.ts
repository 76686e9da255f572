import type { CmConfiguration } from './configuration';
import type { AnyAdminLayout } from './types';

/**
 * What a declaration sets in a configuration, flattened to `path → JSON value`
 * (`metadatas.title.edit.label`, `layouts.list`…): the unit in which hand changes are found and named.
 */
export type ManagedValues = Record<string, string>;

const EDIT_KEYS = ['label', 'description', 'placeholder', 'editable', 'mainField'] as const;
const SETTING_KEYS = ['filterable', 'searchable', 'bulkable', 'mainField', 'defaultSortBy', 'defaultSortOrder', 'pageSize'] as const;

/**
 * The values `layout` manages in `config`. Layout rows keep only the fields in `known` when it is
 * given: a field Strapi appended since (a new attribute) is not a change made by hand.
 */
export function managedValues(layout: AnyAdminLayout, config: CmConfiguration, known?: Set<string>): ManagedValues {
  const keep = (name: string) => known === undefined || known.has(name);
  const values: ManagedValues = {};
  for (const key of SETTING_KEYS) {
    if (key in config.settings) values[`settings.${key}`] = JSON.stringify(config.settings[key]);
  }
  for (const name of Object.keys(layout.fields)) {
    const meta = config.metadatas[name];
    for (const key of EDIT_KEYS) values[`metadatas.${name}.edit.${key}`] = JSON.stringify(meta?.edit[key] ?? null);
    values[`metadatas.${name}.list.label`] = JSON.stringify(meta?.list.label ?? null);
  }
  if (layout.list.length > 0) values['layouts.list'] = JSON.stringify(config.layouts.list.filter(keep));
  const rows = config.layouts.edit.map((row) => row.filter((cell) => keep(cell.name)).map((cell) => `${cell.name}:${cell.size}`));
  values['layouts.edit'] = JSON.stringify(rows.filter((row) => row.length > 0));
  return values;
}

/** The fields a configuration's layouts place (edit rows and list columns). */
export function placedFields(config: CmConfiguration): string[] {
  return [...new Set([...config.layouts.list, ...config.layouts.edit.flat().map((cell) => cell.name)])];
}

/**
 * Paths changed since the declaration was last applied that the declaration would now change
 * again: someone edited the configuration in the admin (« Configurer la vue »).
 */
export function handChanges(lastApplied: ManagedValues, current: ManagedValues, declared: ManagedValues): string[] {
  return Object.keys(lastApplied).filter((path) => current[path] !== lastApplied[path] && current[path] !== declared[path]);
}
