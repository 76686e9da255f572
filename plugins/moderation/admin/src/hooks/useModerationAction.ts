import * as React from 'react';
import { useNotifyError } from '@reseau-epn/admin-kit';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { BanBody, MemberAction, ModerationBody, PostAction, TopicAction } from '../../../shared/contracts';
import { PLUGIN_ID } from '../constants';
import { getTranslation } from '../utils/getTranslation';

export type ModerationTarget =
  | { type: 'posts'; documentId: string; action: PostAction; body?: ModerationBody }
  | { type: 'topics'; documentId: string; action: TopicAction; body?: ModerationBody }
  | { type: 'members'; documentId: string; action: MemberAction; body: BanBody | Record<string, never> };

/**
 * POST /moderation/<posts|topics|members>/:documentId/:action, then `onDone` (the page reloads
 * what it shows). Says the result; a refusal (400 naming the field, 403) in the server's words.
 */
export function useModerationAction(onDone: () => void) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const [busy, setBusy] = React.useState(false);

  const run = React.useCallback(
    async (target: ModerationTarget): Promise<boolean> => {
      setBusy(true);
      try {
        await post(`/${PLUGIN_ID}/${target.type}/${encodeURIComponent(target.documentId)}/${target.action}`, target.body ?? {});
        toggleNotification({ type: 'success', message: formatMessage({ id: getTranslation('action.done'), defaultMessage: 'C’est fait.' }) });
        onDone();
        return true;
      } catch (caught) {
        notifyError(caught, formatMessage({ id: getTranslation('action.error'), defaultMessage: 'L’action n’a pas pu être faite.' }), 'warning');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [post, toggleNotification, formatMessage, notifyError, onDone],
  );

  return { run, busy };
}
