import * as React from 'react';
import { type SavedEntryProps, PanelStates } from '@reseau-epn/admin-kit';
import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { FICHE_SOURCE_STATES, INTERVENTION_UID, type WorkflowUid } from '../../constants';
import { useWorkflowPanel } from '../../hooks/useWorkflowPanel';
import { getTranslation } from '../../utils/getTranslation';
import { useStateLabel } from '../../utils/states';
import { CommentField } from './CommentField';
import { CreateFicheButton } from './CreateFicheButton';
import { PayloadHint } from './PayloadHint';
import { TransitionButtons } from './TransitionButtons';
import { TransitionHistory } from './TransitionHistory';

/** The entry's state, the transitions open to the user with a comment, and the state's history. */
export const WorkflowPanelContent = ({ uid, documentId, collectionType, updatedAt }: SavedEntryProps<WorkflowUid>) => {
  const { formatMessage } = useIntl();
  const stateLabel = useStateLabel();
  const { workflow, loadError, modified, pending, fire, createFiche } = useWorkflowPanel({ uid, documentId, collectionType, updatedAt });
  const [comment, setComment] = React.useState('');

  return (
    <PanelStates
      ready={workflow !== null}
      error={loadError}
      loadingLabel={formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Chargement du circuit de validation…' })}
    >
      {workflow && (
        <Flex direction="column" alignItems="stretch" gap={4} width="100%">
          <Flex gap={2} wrap="wrap">
            <Typography variant="omega" fontWeight="bold">
              {formatMessage({ id: getTranslation('panel.state'), defaultMessage: 'État :' })}
            </Typography>
            <Badge>{workflow.stateLabel}</Badge>
          </Flex>

          {workflow.transitions.length > 0 && <CommentField value={comment} onChange={setComment} disabled={pending !== null} />}

          {(workflow.transitions.length > 0 || canCreateFiche(uid, workflow.state)) && modified && (
            <Typography tag="p" variant="pi" textColor="warning600">
              {formatMessage({
                id: getTranslation('panel.unsaved'),
                defaultMessage: 'Enregistrez vos modifications avant de changer l’état.',
              })}
            </Typography>
          )}

          <PayloadHint transitions={workflow.transitions} />

          <TransitionButtons
            transitions={workflow.transitions}
            pending={pending}
            modified={modified}
            onFire={async (transition) => {
              if (await fire(transition, comment)) setComment('');
            }}
          />

          {canCreateFiche(uid, workflow.state) && (
            <CreateFicheButton disabled={pending !== null || modified} loading={pending?.kind === 'fiche'} onClick={() => void createFiche()} />
          )}

          <TransitionHistory entries={workflow.history} stateLabel={stateLabel} />
        </Flex>
      )}
    </PanelStates>
  );
};

/** « Créer une fiche » is offered on a resolved or closed intervention. */
const canCreateFiche = (uid: WorkflowUid, state: string) => uid === INTERVENTION_UID && FICHE_SOURCE_STATES.includes(state);
