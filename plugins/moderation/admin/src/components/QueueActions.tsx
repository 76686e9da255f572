import type * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Check, Cross, Eye, EyeStriked, Lock, Pin, Shield } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { QueueItem } from '../../../shared/contracts';
import type { ModerationTarget } from '../hooks/useModerationAction';
import { getTranslation } from '../utils/getTranslation';
import { MoveDialog } from './MoveDialog';
import { ReasonDialog } from './ReasonDialog';

export interface QueueActionsProps {
  item: QueueItem;
  canModerate: boolean;
  canBan: boolean;
  busy: boolean;
  run: (target: ModerationTarget) => Promise<boolean>;
}

/** What a moderator may do from one queue item: to the post, its topic, its author. */
export const QueueActions = ({ item, canModerate, canBan, busy, run }: QueueActionsProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const { post, topic, author } = item;
  const onPost = (action: 'approve' | 'reject' | 'hide' | 'restore', reason?: string) =>
    run({ type: 'posts', documentId: post.documentId, action, body: reason ? { reason } : {} });
  const onTopic = (action: 'lock' | 'unlock' | 'pin' | 'unpin' | 'move', body = {}) => run({ type: 'topics', documentId: topic.documentId, action, body });
  const moderateOff = !canModerate || busy;

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Group label={t('actions.post', 'Message')}>
        {post.state === 'en_attente' && (
          <Button startIcon={<Check />} disabled={moderateOff} onClick={() => void onPost('approve')}>
            {t('post.approve', 'Approuver')}
          </Button>
        )}
        {(post.state === 'en_attente' || post.state === 'masque') && (
          <ReasonDialog
            label={t('post.reject', 'Refuser')}
            explain={t('post.reject.explain', 'Le message ne sera pas publié. La raison est envoyée à son auteur par courriel.')}
            required
            variant="danger-light"
            startIcon={<Cross />}
            disabled={moderateOff}
            onConfirm={(reason) => onPost('reject', reason)}
          />
        )}
        {post.state === 'publie' && (
          <ReasonDialog
            label={t('post.hide', 'Masquer')}
            explain={t('post.hide.explain', 'Le message n’est plus visible sur le site. La raison reste dans le journal.')}
            required
            startIcon={<EyeStriked />}
            disabled={moderateOff}
            onConfirm={(reason) => onPost('hide', reason)}
          />
        )}
        {(post.state === 'masque' || post.state === 'refuse') && (
          <Button variant="secondary" startIcon={<Eye />} disabled={moderateOff} onClick={() => void onPost('restore')}>
            {t('post.restore', 'Rétablir')}
          </Button>
        )}
      </Group>
      <Group label={t('actions.topic', 'Sujet')}>
        <Button variant="tertiary" startIcon={<Lock />} disabled={moderateOff} onClick={() => void onTopic(topic.locked ? 'unlock' : 'lock')}>
          {topic.locked ? t('topic.unlock', 'Déverrouiller') : t('topic.lock', 'Verrouiller')}
        </Button>
        <Button variant="tertiary" startIcon={<Pin />} disabled={moderateOff} onClick={() => void onTopic(topic.pinned ? 'unpin' : 'pin')}>
          {topic.pinned ? t('topic.unpin', 'Désépingler') : t('topic.pin', 'Épingler')}
        </Button>
        <MoveDialog disabled={moderateOff} onConfirm={(category) => onTopic('move', { category })} />
      </Group>
      {author && (
        <Group label={t('actions.member', 'Auteur')}>
          {author.banned ? (
            <Button
              variant="tertiary"
              startIcon={<Shield />}
              disabled={!canBan || busy}
              onClick={() => void run({ type: 'members', documentId: author.documentId, action: 'unban', body: {} })}
            >
              {t('member.unban', 'Lever le bannissement')}
            </Button>
          ) : (
            <ReasonDialog
              label={t('member.ban', 'Bannir')}
              explain={t('member.ban.explain', 'Le membre ne pourra plus écrire sur le forum. Ses messages restent visibles, sauf si vous les masquez.')}
              required
              hidePostsOption
              variant="danger-light"
              startIcon={<Shield />}
              disabled={!canBan || busy}
              onConfirm={(reason, hidePosts) => run({ type: 'members', documentId: author.documentId, action: 'ban', body: { reason, hidePosts } })}
            />
          )}
        </Group>
      )}
    </Flex>
  );
};

/** A labelled row of buttons: the label names the group for assistive technologies. */
const Group = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex role="group" aria-label={label} gap={2} wrap="wrap" alignItems="center">
    <Typography variant="sigma" textColor="neutral600" style={{ minWidth: '5rem' }}>
      {label}
    </Typography>
    {children}
  </Flex>
);
