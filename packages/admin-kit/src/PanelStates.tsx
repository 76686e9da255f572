import * as React from 'react';
import { Loader, Typography } from '@strapi/design-system';

export interface PanelStatesProps {
  /** The data is here (a failed reload keeps the last data: the content keeps showing). */
  ready: boolean;
  /** Why the first load failed, said instead of the loader. */
  error: string | null;
  /** Read by screen readers while loading, e.g. « Chargement de l’historique… ». */
  loadingLabel: string;
  /** Said instead of the content when there is nothing to list; absent or false, the content shows. */
  empty?: string | false;
  children?: React.ReactNode;
}

/**
 * The states a side panel (or a modal's body) goes through before its content: loading, failed,
 * empty. The same words at the same places in every plugin's panel.
 */
export const PanelStates = ({ ready, error, loadingLabel, empty, children }: PanelStatesProps) => {
  if (!ready) {
    return error ? (
      <Typography tag="p" variant="omega" textColor="danger600">
        {error}
      </Typography>
    ) : (
      <Loader small>{loadingLabel}</Loader>
    );
  }
  if (empty) {
    return (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {empty}
      </Typography>
    );
  }
  return <>{children}</>;
};
