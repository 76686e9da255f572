import type { ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';
import { FICHE_UID, INTERVENTION_UID, PRET_UID } from '../constants';
import { FetchedStateCell, StateLabelCell } from '../components/list/StateCell';
import { getTranslation } from '../utils/getTranslation';

interface ListViewHookArgs {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

/** Header name of the injected column: anything but `status`, which the list draws as a publication badge. */
const STATE_COLUMN = 'workflowState';

/**
 * The model the list view shows. The hook's arguments do not name it (Strapi 5.54 passes the
 * headers and the layout only), and the list view itself takes it from this URL segment.
 */
function currentModel(): string | null {
  const match = /\/content-manager\/collection-types\/([^/?#]+)/.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * The « État » column of `uid`'s list. Its label is a message descriptor, as the i18n and
 * review-workflows plugins give theirs: the list view translates it, though the header's type says string.
 */
const stateHeader = (uid: string): ListFieldLayout => ({
  name: STATE_COLUMN,
  attribute: { type: 'custom' },
  label: { id: getTranslation('list.state'), defaultMessage: 'État' } as unknown as string,
  searchable: false,
  sortable: false,
  cellFormatter: (row) => <FetchedStateCell uid={uid} documentId={String(row.documentId)} />,
});

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: interventions and loans get an « État »
 * column with the state's label; a fiche's review-state column shows the label instead of the key.
 */
export function injectStateColumn({ displayedHeaders, layout }: ListViewHookArgs): ListViewHookArgs {
  const model = currentModel();
  if (model === INTERVENTION_UID || model === PRET_UID) {
    return { displayedHeaders: [...displayedHeaders, stateHeader(model)], layout };
  }
  if (model === FICHE_UID) {
    const headers = displayedHeaders.map((header): ListFieldLayout =>
      header.name === 'reviewState' ? { ...header, cellFormatter: (row) => <StateLabelCell state={row.reviewState} /> } : header,
    );
    return { displayedHeaders: headers, layout };
  }
  return { displayedHeaders, layout };
}
