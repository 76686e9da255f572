import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { errorMessage, isAbortError } from './errors';

/** How loud a failure is: `danger` for what failed, `warning` for what was refused as it stands. */
export type ErrorNotificationType = 'danger' | 'warning';

/**
 * `(error, fallback) => void`: a failed request as a notification, in the server's words when it
 * gave some. Aborted requests (the component is gone) say nothing.
 */
export function useNotifyError(): (error: unknown, fallback: string, type?: ErrorNotificationType) => void {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    (error: unknown, fallback: string, type: ErrorNotificationType = 'danger') => {
      if (isAbortError(error)) return;
      toggleNotification({ type, message: errorMessage(error, fallback) });
    },
    [toggleNotification],
  );
}
