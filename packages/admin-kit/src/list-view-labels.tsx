import * as React from 'react';
import type { ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';

interface ListViewHookArgs {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

/**
 * The model the list view shows. The hook's arguments do not name it (Strapi 5.54 passes the
 * headers and the layout only), and the list view itself takes it from this URL segment.
 */
function currentModel(): string | null {
  const match = /\/content-manager\/collection-types\/([^/?#]+)/.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * A handler for `Admin/CM/pages/ListView/inject-column-in-table` that draws one enumeration column
 * per model with `Cell` (a label instead of the stored key): `columns` maps a model's uid to the
 * attribute (`{ 'api::message.message': 'state' }`). Other models' lists are left as they are.
 */
export function labelListColumns(columns: Record<string, string>, Cell: (props: { value: unknown }) => React.ReactNode) {
  return ({ displayedHeaders, layout }: ListViewHookArgs): ListViewHookArgs => {
    const model = currentModel();
    const field = model ? columns[model] : undefined;
    if (!field) return { displayedHeaders, layout };
    const headers = displayedHeaders.map((header): ListFieldLayout =>
      header.name === field ? { ...header, cellFormatter: (row) => <Cell value={row[field]} /> } : header,
    );
    return { displayedHeaders: headers, layout };
  };
}
