import type { Schema, UID } from '@strapi/strapi';

/** A content type or a component: both have a Content Manager configuration. */
export type ModelUid = UID.ContentType | UID.Component;

type Attributes<T extends ModelUid> = T extends UID.ContentType
  ? Schema.ContentType<T>['attributes']
  : T extends UID.Component
    ? Schema.Component<T>['attributes']
    : never;

/** Every attribute of the model, as Strapi's generated types (cms/types/generated) spell them. */
export type FieldName<T extends ModelUid> = Extract<keyof Attributes<T>, string>;

/** Attributes Strapi adds to every content type: labelled once for all in system-fields.ts. */
export type SystemField = 'createdAt' | 'updatedAt' | 'publishedAt' | 'createdBy' | 'updatedBy' | 'locale' | 'localizations';

/** The attributes a schema.json declares: each one must have its French label. */
export type OwnField<T extends ModelUid> = Exclude<FieldName<T>, SystemField>;

/**
 * What the editor reads about one field. Strapi's Content Manager keeps one label per field,
 * whatever the admin's language: labels are French only (the admin's own strings stay translated).
 */
export interface FieldText {
  label: string;
  /** One line under the input: what goes there, where it is shown, who sees it. */
  description?: string;
  placeholder?: string;
  /** A list column's heading when it must be shorter than the label. */
  listLabel?: string;
  /** false for fields a workflow transition sets (the state), so nobody edits them by hand. */
  editable?: boolean;
  /** For a relation: the related entry's field shown in the picker. */
  mainField?: string;
}

/** A field in an edit row, at its type's default width or a given one (out of 12). */
export type EditEntry<T extends ModelUid> = OwnField<T> | { name: OwnField<T>; size: number };

/**
 * Rows that belong together (« Texte », « Classement »…). Strapi 5's edit view has no section
 * headings, so a group is a run of rows that never share a row with the next group.
 */
export interface EditGroup<T extends ModelUid> {
  group: string;
  rows: EditEntry<T>[][];
}

export interface ListSettings<T extends ModelUid> {
  /** The field naming an entry (relation pickers, the edit view's title). */
  mainField?: OwnField<T>;
  defaultSortBy?: FieldName<T>;
  defaultSortOrder?: 'ASC' | 'DESC';
  pageSize?: 10 | 20 | 50 | 100;
}

/** How one model reads in the admin: its labels, its edit view and its list view. */
export interface AdminLayout<T extends ModelUid> {
  uid: T;
  fields: Record<OwnField<T>, FieldText>;
  edit: EditGroup<T>[];
  /** The list view's columns, in order (components have none). */
  list: FieldName<T>[];
  settings: ListSettings<T>;
}

/** Any model's layout: the union keeps each declaration checked against its own uid. */
export type AnyAdminLayout = { [T in ModelUid]: AdminLayout<T> }[ModelUid];

/** Declares a layout, checking field names against the model's generated type. */
export function defineLayout<T extends ModelUid>(layout: AdminLayout<T>): AdminLayout<T> {
  return layout;
}
