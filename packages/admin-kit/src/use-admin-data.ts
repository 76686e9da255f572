import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { errorMessage, isAbortError } from './errors';

export interface AdminDataOptions<T> {
  /**
   * Fetches the data through the admin's fetch client (`useFetchClient()`), which adds the
   * admin's URL and token and aborts on unmount. Keep it stable (`React.useCallback`): a new
   * function is a new resource, loaded afresh.
   */
  load: () => Promise<T>;
  /** The message when the server gave none (French `defaultMessage`, through `formatMessage`). */
  fallbackMessage: string;
  /** Loads again whenever this changes: e.g. the edit view's `updatedAt` after a save. */
  reloadKey?: unknown;
  /** Also raise a notification when loading fails (the side panels, whose error line is easy to miss). */
  notifyOnError?: boolean;
}

export interface AdminData<T> {
  /** The last data received; kept while reloading and after a failed reload. */
  data: T | null;
  /** Replaces the data with what a write answered (a transition's new state, a restore's list). */
  setData: React.Dispatch<React.SetStateAction<T | null>>;
  /** The last load's failure, cleared by the next success. */
  error: string | null;
  isLoading: boolean;
  reload: () => Promise<void>;
}

/**
 * A resource of a plugin's admin routes, loaded on mount: the data, its loading flag and its
 * error message, the way every page and panel of the plugins shows them.
 */
export function useAdminData<T>({ load, fallbackMessage, reloadKey, notifyOnError = false }: AdminDataOptions<T>): AdminData<T> {
  const { toggleNotification } = useNotification();
  const [data, setData] = React.useState<T | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);

  const reload = React.useCallback(async () => {
    setIsLoading(true);
    try {
      setData(await load());
      setError(null);
    } catch (caught) {
      // Aborted: the component unmounted, there is nothing left to update.
      if (isAbortError(caught)) return;
      const message = errorMessage(caught, fallbackMessage);
      setError(message);
      if (notifyOnError) toggleNotification({ type: 'danger', message });
    }
    setIsLoading(false);
  }, [load, fallbackMessage, notifyOnError, toggleNotification]);

  React.useEffect(() => {
    void reload();
  }, [reload, reloadKey]);

  return { data, setData, error, isLoading, reload };
}
