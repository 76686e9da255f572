import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Badge, Box, Button, Field, Flex, Loader, Textarea, Typography } from '@strapi/design-system';
import {
  unstable_useDocument as useDocument,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useHref } from 'react-router-dom';
import type { FireTransitionBody, HistoryEntry, TransitionOption, WorkflowState } from '../../../shared/contracts';
import { FICHE_SOURCE_STATES, FICHE_UID, INTERVENTION_UID, editViewPath, isWorkflowUid, type WorkflowUid } from '../constants';
import { errorMessage, isAbortError } from '../utils/errors';
import { formatDateTime } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';
import { formPayload } from '../utils/payload';
import { useStateLabel } from '../utils/states';

const COMMENT_MAX = 2000;

/** Query params of the edit view as the Content Manager sends them (`plugins[i18n][locale]` → `locale`). */
function documentParams(query: Record<string, unknown>): Record<string, unknown> {
  const { plugins, ...rest } = query;
  const fromPlugins = Object.values(typeof plugins === 'object' && plugins !== null ? plugins : {}).reduce<Record<string, unknown>>(
    (acc, value) => (typeof value === 'object' && value !== null ? Object.assign(acc, value) : acc),
    {},
  );
  return { ...rest, ...fromPlugins };
}

/* -------------------------------------------------------------------------------------------------
 * Panel (a description component: the Content Manager renders its title and content)
 * -----------------------------------------------------------------------------------------------*/

const WorkflowPanel: PanelComponent = ({ model, documentId, document, collectionType }) => {
  const { formatMessage } = useIntl();

  // `document` is missing while creating or cloning an entry: the state belongs to a saved one.
  if (!isWorkflowUid(model) || !documentId || !document) return null;

  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Circuit de validation' }),
    content: (
      <WorkflowPanelContent
        key={`${model}:${documentId}`}
        uid={model}
        documentId={documentId}
        collectionType={collectionType}
        updatedAt={typeof document.updatedAt === 'string' ? document.updatedAt : undefined}
      />
    ),
  };
};

/* -------------------------------------------------------------------------------------------------
 * Content
 * -----------------------------------------------------------------------------------------------*/

interface WorkflowPanelContentProps {
  uid: WorkflowUid;
  documentId: string;
  collectionType: string;
  /** Changes when the entry is saved: its state may have changed too (the Publish button). */
  updatedAt?: string;
}

type Pending = { kind: 'transition'; name: string } | { kind: 'fiche' } | null;

const WorkflowPanelContent = ({ uid, documentId, collectionType, updatedAt }: WorkflowPanelContentProps) => {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const stateLabel = useStateLabel();
  const adminRoot = useHref('/');

  // The edit view's own query of this entry: refetching it after a transition reloads the form,
  // which otherwise would still hold the old state (and could write it back on save).
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  const params = React.useMemo(() => documentParams(query), [query]);
  const { refetch: refetchDocument } = useDocument({ collectionType, model: uid, documentId, params });
  // Unsaved edits would be lost by that reload, and the server checks the saved entry.
  const modified = useForm('WorkflowPanel', (form) => form.modified, false) ?? false;
  // A transition with a payload (« Reprogrammer ») takes its new values from the form itself:
  // those fields are frozen, so saving them would be refused.
  const values = useForm('WorkflowPanel', (form) => form.values as Record<string, unknown>, false);

  const [workflow, setWorkflow] = React.useState<WorkflowState | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [comment, setComment] = React.useState('');
  const [pending, setPending] = React.useState<Pending>(null);

  const statePath = `/workflow/states/${uid}/${encodeURIComponent(documentId)}`;
  const loadFailed = formatMessage({
    id: getTranslation('panel.error.load'),
    defaultMessage: 'Impossible de charger le circuit de validation.',
  });

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: WorkflowState }>(statePath);
      setWorkflow(data.data);
      setLoadError(null);
    } catch (error) {
      if (!isAbortError(error)) setLoadError(errorMessage(error, loadFailed));
    }
  }, [get, statePath, loadFailed]);

  React.useEffect(() => {
    void load();
  }, [load, updatedAt]);

  const fire = async (transition: TransitionOption) => {
    setPending({ kind: 'transition', name: transition.name });
    try {
      const body: FireTransitionBody = {
        comment: comment.trim() || undefined,
        data: transition.fields ? formPayload(values ?? {}, transition.fields) : undefined,
      };
      const { data } = await post<{ data: WorkflowState }, FireTransitionBody>(
        `${statePath}/transitions/${encodeURIComponent(transition.name)}`,
        body,
      );
      setWorkflow(data.data);
      setComment('');
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: getTranslation('panel.fire.success'),
            defaultMessage: '« {transition} » : l’entrée est maintenant « {state} ».',
          },
          { transition: transition.label, state: data.data.stateLabel },
        ),
      });
      refetchDocument();
    } catch (error) {
      if (isAbortError(error)) return;
      toggleNotification({
        type: 'danger',
        message: errorMessage(
          error,
          formatMessage({ id: getTranslation('panel.fire.error'), defaultMessage: 'La transition n’a pas pu être effectuée.' }),
        ),
      });
      // Someone else may have moved the entry meanwhile: show where it stands now.
      void load();
    } finally {
      setPending(null);
    }
  };

  const createFiche = async () => {
    setPending({ kind: 'fiche' });
    try {
      const { data } = await post<{ data: { documentId: string; slug: string } }>(
        `/workflow/interventions/${encodeURIComponent(documentId)}/fiche`,
      );
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('panel.fiche.success'),
          defaultMessage: 'Fiche créée en brouillon à partir de cette intervention.',
        }),
        link: {
          label: formatMessage({ id: getTranslation('panel.fiche.link'), defaultMessage: 'Ouvrir la nouvelle fiche' }),
          url: `${adminRoot.replace(/\/$/, '')}${editViewPath(FICHE_UID, data.data.documentId)}`,
        },
      });
      // The intervention is now linked to the fiche.
      refetchDocument();
      void load();
    } catch (error) {
      if (isAbortError(error)) return;
      toggleNotification({
        type: 'danger',
        message: errorMessage(
          error,
          formatMessage({ id: getTranslation('panel.fiche.error'), defaultMessage: 'La fiche n’a pas pu être créée.' }),
        ),
      });
    } finally {
      setPending(null);
    }
  };

  if (!workflow) {
    return loadError ? (
      <Typography tag="p" variant="omega" textColor="danger600">
        {loadError}
      </Typography>
    ) : (
      <Loader small>
        {formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Chargement du circuit de validation…' })}
      </Loader>
    );
  }

  const busy = pending !== null;
  const withPayload = workflow.transitions.filter((t) => t.fields);
  const canCreateFiche = uid === INTERVENTION_UID && FICHE_SOURCE_STATES.includes(workflow.state);
  const hasActions = workflow.transitions.length > 0 || canCreateFiche;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex gap={2} wrap="wrap">
        <Typography variant="omega" fontWeight="bold">
          {formatMessage({ id: getTranslation('panel.state'), defaultMessage: 'État :' })}
        </Typography>
        <Badge>{workflow.stateLabel}</Badge>
      </Flex>

      {workflow.transitions.length > 0 && (
        <Field.Root
          name="workflow-comment"
          hint={formatMessage(
            {
              id: getTranslation('panel.comment.hint'),
              defaultMessage: 'Joint à l’historique ; certaines transitions l’exigent. {max} caractères au plus.',
            },
            { max: COMMENT_MAX },
          )}
        >
          <Field.Label>
            {formatMessage({ id: getTranslation('panel.comment.label'), defaultMessage: 'Commentaire (facultatif)' })}
          </Field.Label>
          <Textarea
            value={comment}
            maxLength={COMMENT_MAX}
            disabled={busy}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
          />
          <Field.Hint />
        </Field.Root>
      )}

      {hasActions && modified && (
        <Typography tag="p" variant="pi" textColor="warning600">
          {formatMessage({
            id: getTranslation('panel.unsaved'),
            defaultMessage: 'Enregistrez vos modifications avant de changer l’état.',
          })}
        </Typography>
      )}

      {withPayload.length > 0 && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage(
            {
              id: getTranslation('panel.payload.hint'),
              defaultMessage:
                '« {transitions} » prend les valeurs saisies dans le formulaire ({fields}) sans l’enregistrer ; vos autres modifications non enregistrées seront perdues.',
            },
            {
              transitions: withPayload.map((t) => t.label).join(' », « '),
              fields: [...new Set(withPayload.flatMap((t) => t.fields ?? []))].join(', '),
            },
          )}
        </Typography>
      )}

      {workflow.transitions.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {workflow.transitions.map((transition) => (
            <Button
              key={transition.name}
              type="button"
              variant="secondary"
              fullWidth
              disabled={busy || (modified && !transition.fields)}
              loading={pending?.kind === 'transition' && pending.name === transition.name}
              onClick={() => void fire(transition)}
            >
              {transition.label}
            </Button>
          ))}
        </Flex>
      ) : (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('panel.noTransition'),
            defaultMessage: 'Aucune transition possible pour vous dans cet état.',
          })}
        </Typography>
      )}

      {canCreateFiche && (
        <Button
          type="button"
          variant="default"
          fullWidth
          disabled={busy || modified}
          loading={pending?.kind === 'fiche'}
          onClick={() => void createFiche()}
        >
          {formatMessage({ id: getTranslation('panel.fiche.create'), defaultMessage: 'Créer une fiche' })}
        </Button>
      )}

      <History entries={workflow.history} stateLabel={stateLabel} />
    </Flex>
  );
};

/* -------------------------------------------------------------------------------------------------
 * History
 * -----------------------------------------------------------------------------------------------*/

const History = ({ entries, stateLabel }: { entries: HistoryEntry[]; stateLabel: (state: string) => string }) => {
  const { formatMessage } = useIntl();
  const headingId = React.useId();

  return (
    <Flex tag="section" aria-labelledby={headingId} direction="column" alignItems="stretch" gap={2}>
      <Typography id={headingId} tag="h3" variant="sigma" textColor="neutral600">
        {formatMessage({ id: getTranslation('panel.history.title'), defaultMessage: 'Historique' })}
      </Typography>
      {entries.length === 0 ? (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('panel.history.empty'), defaultMessage: 'Aucun changement d’état pour l’instant.' })}
        </Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
          {[...entries].reverse().map((entry) => (
            <Box key={entry.id} tag="li" padding={2} background="neutral100" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Typography variant="pi" textColor="neutral600">
                  <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                  {' · '}
                  {entry.actorName}
                </Typography>
                <Typography variant="omega">
                  {formatMessage(
                    { id: getTranslation('panel.history.change'), defaultMessage: '{from} → {to}' },
                    { from: stateLabel(entry.from), to: stateLabel(entry.to) },
                  )}
                </Typography>
                {entry.comment && (
                  <Typography variant="pi" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.comment}
                  </Typography>
                )}
              </Flex>
            </Box>
          ))}
        </Flex>
      )}
    </Flex>
  );
};

export { WorkflowPanel };
