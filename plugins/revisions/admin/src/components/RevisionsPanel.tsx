import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Button, Flex, Loader, Typography } from '@strapi/design-system';
import {
  unstable_useDocument as useDocument,
  unstable_useDocumentLayout as useDocumentLayout,
  useDocumentRBAC,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { RevisionSummary } from '../../../shared/contracts';
import { VISIBLE_REVISIONS, isTrackedUid, revisionsPath, type TrackedUid } from '../constants';
import { documentParams, editViewLocale } from '../utils/edit-view-locale';
import { errorMessage, isAbortError } from '../utils/errors';
import { formatDateTime } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';
import { chronological, defaultSelection, numberVersions, type Selection, type Version } from '../utils/versions';
import { CompareForm } from './CompareForm';
import { DiffModal } from './DiffModal';
import { RevisionList } from './RevisionList';

/* -------------------------------------------------------------------------------------------------
 * Panel (a description component: the Content Manager renders its title and content)
 * -----------------------------------------------------------------------------------------------*/

const RevisionsPanel: PanelComponent = ({ model, documentId, document, collectionType }) => {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  const params = React.useMemo(() => documentParams(query), [query]);

  // `document` is missing while creating or cloning an entry: versions belong to a saved one.
  if (!isTrackedUid(model) || !documentId || !document) return null;
  const locale = editViewLocale(document, params);

  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Historique' }),
    content: (
      <RevisionsPanelContent
        // Another entry or locale: start afresh rather than show the previous one's versions.
        key={`${model}:${documentId}:${locale ?? ''}`}
        uid={model}
        documentId={documentId}
        locale={locale}
        collectionType={collectionType}
        params={params}
        updatedAt={typeof document.updatedAt === 'string' ? document.updatedAt : undefined}
      />
    ),
  };
};

/* -------------------------------------------------------------------------------------------------
 * Content
 * -----------------------------------------------------------------------------------------------*/

interface RevisionsPanelContentProps {
  uid: TrackedUid;
  documentId: string;
  locale?: string;
  collectionType: string;
  /** The edit view's query params, to refetch its own query of the entry. */
  params: Record<string, unknown>;
  /** Changes when the entry is saved: every save is a new version. */
  updatedAt?: string;
}

const RevisionsPanelContent = ({ uid, documentId, locale, collectionType, params, updatedAt }: RevisionsPanelContentProps) => {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();

  // The edit view's own query of this entry: refetching it after a restore reloads the form,
  // which otherwise would still hold the replaced content (and could write it back on save).
  const { refetch: refetchDocument } = useDocument({ collectionType, model: uid, documentId, params });
  // Unsaved edits would be lost by that reload.
  const modified = useForm('RevisionsPanel', (form) => form.modified, false) ?? false;
  // The server checks it too; this only spares a button that would fail.
  const canUpdate = useDocumentRBAC('RevisionsPanel', (rbac) => rbac.canUpdate, false) !== false;
  // Field labels as the edit view shows them, for the comparison.
  const { edit } = useDocumentLayout(uid);
  const fieldLabel = React.useCallback(
    (field: string) => {
      const label = edit.metadatas[field]?.label;
      return typeof label === 'string' && label ? label : field;
    },
    [edit.metadatas],
  );

  const [revisions, setRevisions] = React.useState<Version[] | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [selection, setSelection] = React.useState<Selection | null>(null);
  const [comparing, setComparing] = React.useState<Selection | null>(null);
  const [restoringId, setRestoringId] = React.useState<number | null>(null);
  const [showAll, setShowAll] = React.useState(false);
  const newestId = React.useRef<number | null>(null);

  const basePath = revisionsPath(uid, documentId);
  const loadFailed = formatMessage({ id: getTranslation('panel.error.load'), defaultMessage: 'Impossible de charger l’historique.' });

  /** A fresh list: a new version (a save, a restore) brings the selection back to the latest two. */
  const receive = React.useCallback((list: RevisionSummary[]) => {
    const sorted = numberVersions(list);
    const newest = sorted[0]?.id ?? null;
    // Read now: the state updater below runs later, after the ref has moved on.
    const unchanged = newest === newestId.current;
    newestId.current = newest;
    setRevisions(sorted);
    setSelection((current) => {
      const known = (id: number) => sorted.some((revision) => revision.id === id);
      return current && unchanged && known(current.older) && known(current.newer) ? current : defaultSelection(sorted);
    });
  }, []);

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: RevisionSummary[] }>(basePath, { params: locale ? { locale } : {} });
      receive(data.data);
      setLoadError(null);
    } catch (error) {
      if (isAbortError(error)) return;
      const message = errorMessage(error, loadFailed);
      setLoadError(message);
      toggleNotification({ type: 'danger', message });
    }
  }, [get, basePath, locale, receive, loadFailed, toggleNotification]);

  React.useEffect(() => {
    void load();
  }, [load, updatedAt]);

  const restore = async (revision: Version) => {
    setRestoringId(revision.id);
    try {
      const { data } = await post<{ data: RevisionSummary[] }>(`${basePath}/${revision.id}/restore`);
      receive(data.data);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('restore.success'), defaultMessage: 'Version n° {number} du {date} restaurée.' },
          { number: revision.number, date: formatDateTime(revision.createdAt) },
        ),
      });
      refetchDocument();
    } catch (error) {
      if (isAbortError(error)) return;
      toggleNotification({
        type: 'danger',
        message: errorMessage(
          error,
          formatMessage({ id: getTranslation('restore.error'), defaultMessage: 'La version n’a pas pu être restaurée.' }),
        ),
      });
      // Someone else may have saved meanwhile: show where the history stands now.
      void load();
    } finally {
      setRestoringId(null);
    }
  };

  if (!revisions) {
    return loadError ? (
      <Typography tag="p" variant="omega" textColor="danger600">
        {loadError}
      </Typography>
    ) : (
      <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Chargement de l’historique…' })}</Loader>
    );
  }

  if (revisions.length === 0) {
    return (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('panel.empty'), defaultMessage: 'Aucune version enregistrée pour l’instant.' })}
      </Typography>
    );
  }

  const byId = (id: number) => revisions.find((revision) => revision.id === id);
  const comparedOlder = comparing && byId(comparing.older);
  const comparedNewer = comparing && byId(comparing.newer);
  const hiddenCount = revisions.length - VISIBLE_REVISIONS;
  const visible = showAll || hiddenCount <= 0 ? revisions : revisions.slice(0, VISIBLE_REVISIONS);

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      {selection && (
        <CompareForm
          revisions={revisions}
          selection={selection}
          onChange={setSelection}
          onCompare={() => setComparing(chronological(revisions, selection))}
        />
      )}

      {canUpdate && modified && revisions.length > 1 && (
        <Typography tag="p" variant="pi" textColor="warning600">
          {formatMessage({
            id: getTranslation('panel.unsaved'),
            defaultMessage: 'Enregistrez ou annulez vos modifications avant de restaurer une version.',
          })}
        </Typography>
      )}

      <RevisionList
        revisions={visible}
        newestId={revisions[0].id}
        canRestore={canUpdate}
        disabled={restoringId !== null || modified}
        restoringId={restoringId}
        onRestore={(revision) => void restore(revision)}
      />

      {hiddenCount > 0 && (
        <Button type="button" variant="tertiary" fullWidth aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll
            ? formatMessage({ id: getTranslation('panel.showFewer'), defaultMessage: 'Masquer les versions plus anciennes' })
            : formatMessage(
                {
                  id: getTranslation('panel.showOlder'),
                  defaultMessage: 'Afficher {count, plural, one {# version plus ancienne} other {# versions plus anciennes}}',
                },
                { count: hiddenCount },
              )}
        </Button>
      )}

      {comparedOlder && comparedNewer && (
        <DiffModal
          basePath={basePath}
          older={comparedOlder}
          newer={comparedNewer}
          fieldLabel={fieldLabel}
          onClose={() => setComparing(null)}
        />
      )}
    </Flex>
  );
};

export { RevisionsPanel };
