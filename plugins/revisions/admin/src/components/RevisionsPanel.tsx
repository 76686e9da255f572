import { defineSidePanel, type SavedEntryProps, useEditViewParams } from '@reseau-epn/admin-kit';
import type { TrackedUid } from '@reseau-epn/platform';
import { isTrackedUid } from '../constants';
import { editViewLocale } from '../utils/edit-view-locale';
import { getTranslation } from '../utils/getTranslation';
import { RevisionsPanelContent } from './RevisionsPanelContent';

/** The versions of the locale on screen: another locale starts afresh rather than show the previous one's. */
const LocaleRevisions = (props: SavedEntryProps<TrackedUid>) => {
  const locale = editViewLocale(props.document, useEditViewParams());
  return <RevisionsPanelContent key={locale ?? ''} {...props} locale={locale} />;
};

/** « Historique » in the edit view of the tracked types (saved entries). */
export const RevisionsPanel = defineSidePanel({
  name: 'RevisionsPanel',
  appliesTo: isTrackedUid,
  title: { id: getTranslation('panel.title'), defaultMessage: 'Historique' },
  Content: LocaleRevisions,
});
