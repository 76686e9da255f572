import { formatDateTime } from '@reseau-epn/admin-kit';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FlagReason } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { STATE_LABELS } from '../utils/state-labels';
import { QueueActions, type QueueActionsProps } from './QueueActions';

const FLAG_LABELS: Record<FlagReason, string> = { spam: 'Indésirable', offensive: 'Injurieux', off_topic: 'Hors sujet', other: 'Autre' };

/** One post of the queue: the post as it would read, its topic, its author, its flags, and the actions. */
export const QueueItemCard = (props: QueueActionsProps) => {
  const { formatMessage } = useIntl();
  const { post, topic, author, flags } = props.item;
  const headingId = `moderation-item-${post.documentId}`;

  return (
    <Box tag="article" aria-labelledby={headingId} background="neutral0" padding={6} shadow="tableShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="baseline" gap={4} wrap="wrap">
          <Typography id={headingId} tag="h3" variant="delta">
            {topic.title}
          </Typography>
          <Flex gap={2}>
            <Badge>{formatMessage({ id: getTranslation(`state.${post.state}`), defaultMessage: STATE_LABELS[post.state] })}</Badge>
            {post.opening && <Badge>{formatMessage({ id: getTranslation('post.opening'), defaultMessage: 'Ouverture du sujet' })}</Badge>}
            {topic.locked && <Badge>{formatMessage({ id: getTranslation('topic.locked'), defaultMessage: 'Verrouillé' })}</Badge>}
            {topic.pinned && <Badge>{formatMessage({ id: getTranslation('topic.pinned'), defaultMessage: 'Épinglé' })}</Badge>}
          </Flex>
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {author
            ? formatMessage(
                {
                  id: getTranslation('item.author'),
                  defaultMessage: '{name} · {approved, plural, =0 {aucun message approuvé} one {# message approuvé} other {# messages approuvés}} · le {date}',
                },
                { name: author.displayName, approved: author.approvedPosts, date: formatDateTime(post.createdAt) },
              )
            : formatMessage({ id: getTranslation('item.formerMember'), defaultMessage: 'Ancien membre · le {date}' }, { date: formatDateTime(post.createdAt) })}
          {author?.banned && <> · {formatMessage({ id: getTranslation('member.banned'), defaultMessage: 'Banni' })}</>}
        </Typography>
        {/* `html` is the server's rendering through the project's one sanitizing Markdown pipeline (contracts: PublicPost.html). */}
        <Box padding={4} background="neutral100" hasRadius className="moderation-post" dangerouslySetInnerHTML={{ __html: post.html }} />
        {flags.length > 0 && (
          <Box>
            <Typography tag="h4" variant="sigma" textColor="neutral600">
              {formatMessage(
                { id: getTranslation('item.flags'), defaultMessage: '{count, plural, one {# signalement} other {# signalements}}' },
                { count: flags.length },
              )}
            </Typography>
            <ul>
              {flags.map((flag, index) => (
                <li key={`${flag.createdAt}-${index}`}>
                  <Typography variant="omega">
                    {formatMessage({ id: getTranslation(`flag.${flag.reason}`), defaultMessage: FLAG_LABELS[flag.reason] })}
                    {flag.comment ? ` : ${flag.comment}` : ''} ({formatDateTime(flag.createdAt)})
                  </Typography>
                </li>
              ))}
            </ul>
          </Box>
        )}
        {post.moderationReason && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('item.reason'), defaultMessage: 'Raison donnée : {reason}' }, { reason: post.moderationReason })}
          </Typography>
        )}
        <QueueActions {...props} />
      </Flex>
    </Box>
  );
};
