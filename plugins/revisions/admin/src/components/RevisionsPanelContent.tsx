import * as React from 'react';
import { PanelStates, type SavedEntryProps } from '@reseau-epn/admin-kit';
import type { TrackedUid } from '@reseau-epn/platform';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { VISIBLE_REVISIONS } from '../constants';
import { useFieldLabel } from '../hooks/useFieldLabel';
import { useRevisions } from '../hooks/useRevisions';
import { getTranslation } from '../utils/getTranslation';
import { chronological, type Selection } from '../utils/versions';
import { CompareForm } from './CompareForm';
import { DiffModal } from './DiffModal';
import { RevisionList } from './RevisionList';

type RevisionsPanelContentProps = SavedEntryProps<TrackedUid> & { locale?: string };

/** The versions, newest first, two of them to compare, a way back to each; older ones on demand. */
export const RevisionsPanelContent = ({ uid, documentId, locale, collectionType, updatedAt }: RevisionsPanelContentProps) => {
  const { formatMessage } = useIntl();
  const { versions, error, selection, setSelection, restoringId, restore, modified, canUpdate } = useRevisions({
    uid,
    documentId,
    locale,
    collectionType,
    updatedAt,
  });
  const fieldLabel = useFieldLabel(uid);
  const [comparing, setComparing] = React.useState<Selection | null>(null);
  const [showAll, setShowAll] = React.useState(false);

  const byId = (id: number) => versions?.find((version) => version.id === id);
  const comparedOlder = comparing && byId(comparing.older);
  const comparedNewer = comparing && byId(comparing.newer);
  const hiddenCount = (versions?.length ?? 0) - VISIBLE_REVISIONS;

  return (
    <PanelStates
      ready={versions !== null}
      error={error}
      loadingLabel={formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Chargement de l’historique…' })}
      empty={versions?.length === 0 && formatMessage({ id: getTranslation('panel.empty'), defaultMessage: 'Aucune version enregistrée pour l’instant.' })}
    >
      {versions && versions.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={4} width="100%">
          {selection && (
            <CompareForm
              revisions={versions}
              selection={selection}
              onChange={setSelection}
              onCompare={() => setComparing(chronological(versions, selection))}
            />
          )}

          {canUpdate && modified && versions.length > 1 && (
            <Typography tag="p" variant="pi" textColor="warning600">
              {formatMessage({
                id: getTranslation('panel.unsaved'),
                defaultMessage: 'Enregistrez ou annulez vos modifications avant de restaurer une version.',
              })}
            </Typography>
          )}

          <RevisionList
            revisions={showAll || hiddenCount <= 0 ? versions : versions.slice(0, VISIBLE_REVISIONS)}
            newestId={versions[0].id}
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
            <DiffModal entry={{ uid, documentId }} older={comparedOlder} newer={comparedNewer} fieldLabel={fieldLabel} onClose={() => setComparing(null)} />
          )}
        </Flex>
      )}
    </PanelStates>
  );
};
