import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useWorkflowApi } from '../../hooks/useWorkflowApi';
import { useStateLabel } from '../../utils/states';

const NoState = () => <Typography textColor="neutral800">-</Typography>;

/** A state key as its French label (fiches: the list row carries `reviewState` itself). */
export function StateLabelCell({ state }: { state: unknown }) {
  const label = useStateLabel();
  if (typeof state !== 'string' || !state) return <NoState />;
  return <Typography textColor="neutral800">{label(state)}</Typography>;
}

/**
 * The state of an intervention or a loan, read from the workflow: the Content Manager's list
 * replaces every row's `status` with its publication status, so the row no longer holds it.
 */
export function FetchedStateCell({ uid, documentId }: { uid: string; documentId: string }) {
  const api = useWorkflowApi();
  const [state, setState] = React.useState<string | null>(null);
  React.useEffect(() => {
    let active = true;
    api.getState(uid, documentId).then(
      (workflow) => active && setState(workflow.state),
      // A row the user may not read the state of keeps its dash; the list itself still works.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [api, uid, documentId]);
  return <StateLabelCell state={state} />;
}
