import type { ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';
import { FICHE_UID, INTERVENTION_UID, PRET_UID } from '../constants';
import { StateLabelCell } from '../components/list/StateCell';

interface ListViewHookArgs {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

/** Each workflow type's state attribute, as its list view names the column (cms/src/admin-layouts). */
const STATE_FIELDS: Record<string, string> = {
  [FICHE_UID]: 'reviewState',
  [INTERVENTION_UID]: 'state',
  [PRET_UID]: 'state',
};

/**
 * The model the list view shows. The hook's arguments do not name it (Strapi 5.54 passes the
 * headers and the layout only), and the list view itself takes it from this URL segment.
 */
function currentModel(): string | null {
  const match = /\/content-manager\/collection-types\/([^/?#]+)/.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: the state column of fiches, interventions and
 * loans (« État ») shows the state's label instead of its key.
 */
export function injectStateColumn({ displayedHeaders, layout }: ListViewHookArgs): ListViewHookArgs {
  const model = currentModel();
  const field = model ? STATE_FIELDS[model] : undefined;
  if (!field) return { displayedHeaders, layout };
  const headers = displayedHeaders.map((header): ListFieldLayout =>
    header.name === field ? { ...header, cellFormatter: (row) => <StateLabelCell state={row[field]} /> } : header,
  );
  return { displayedHeaders: headers, layout };
}
