import type { AnyAdminLayout } from './types';
import { SYSTEM_FIELD_LABELS } from './system-fields';

/** One field's metadata as the Content Manager stores it. */
export interface FieldMetadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}

export interface EditCell {
  name: string;
  size: number;
}

/** A model's configuration as the Content Manager's configuration service reads and writes it. */
export interface CmConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: EditCell[][] };
}

/** A field type's default width in the edit view (Strapi's field-sizes service). */
export type SizeOf = (field: string) => number;

const ROW = 12;

/** Cells packed into rows of at most 12 columns, in order. */
function packRows(cells: EditCell[]): EditCell[][] {
  const rows: EditCell[][] = [];
  let row: EditCell[] = [];
  for (const cell of cells) {
    if (row.reduce((sum, c) => sum + c.size, 0) + cell.size > ROW) {
      rows.push(row);
      row = [];
    }
    row.push(cell);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function editLayout(layout: AnyAdminLayout, current: CmConfiguration, sizeOf: SizeOf): EditCell[][] {
  const declared = layout.edit.flatMap((group) =>
    group.rows.map((row) => row.map((entry): EditCell => (typeof entry === 'string' ? { name: entry, size: sizeOf(entry) } : { ...entry }))),
  );
  const placed = new Set(declared.flat().map((cell) => cell.name));
  // A field Strapi shows that the declaration does not place yet (a new attribute) stays on
  // screen, after the declared groups, rather than disappearing from the form.
  const leftovers = current.layouts.edit.flat().filter((cell) => !placed.has(cell.name));
  return [...declared, ...packRows(leftovers)];
}

function metadatas(layout: AnyAdminLayout, current: CmConfiguration): Record<string, FieldMetadata> {
  const result: Record<string, FieldMetadata> = { ...current.metadatas };
  for (const [name, label] of Object.entries(SYSTEM_FIELD_LABELS)) {
    const meta = current.metadatas[name];
    if (meta) result[name] = { edit: { ...meta.edit, label }, list: { ...meta.list, label } };
  }
  for (const [name, text] of Object.entries(layout.fields)) {
    const meta = current.metadatas[name] ?? { edit: {}, list: {} };
    result[name] = {
      edit: {
        ...meta.edit,
        label: text.label,
        description: text.description ?? '',
        placeholder: text.placeholder ?? '',
        editable: text.editable ?? true,
        ...(text.mainField ? { mainField: text.mainField } : {}),
      },
      list: { ...meta.list, label: text.listLabel ?? text.label },
    };
  }
  return result;
}

/**
 * The configuration a declaration gives, over what the Content Manager holds now: what the
 * declaration does not say (sortable flags, fields it does not know) is kept as Strapi set it.
 */
export function toConfiguration(layout: AnyAdminLayout, current: CmConfiguration, sizeOf: SizeOf): CmConfiguration {
  return {
    // Filters and search on every list: the list view's filters are per type, not per field,
    // and they offer each state field's values.
    settings: { ...current.settings, filterable: true, searchable: true, bulkable: true, ...layout.settings },
    metadatas: metadatas(layout, current),
    // A component has no list view of its own: Strapi refills an empty list at every start.
    layouts: { list: layout.list.length > 0 ? [...layout.list] : current.layouts.list, edit: editLayout(layout, current, sizeOf) },
  };
}
