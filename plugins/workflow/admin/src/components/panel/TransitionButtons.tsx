import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TransitionOption } from '../../../../shared/contracts';
import type { Pending } from '../../hooks/useWorkflowPanel';
import { getTranslation } from '../../utils/getTranslation';

interface TransitionButtonsProps {
  transitions: TransitionOption[];
  pending: Pending;
  /** Unsaved edits: only the transitions that take the form's values stay open. */
  modified: boolean;
  onFire: (transition: TransitionOption) => Promise<void>;
}

/** One button per transition open to the user from this state, or why there is none. */
export const TransitionButtons = ({ transitions, pending, modified, onFire }: TransitionButtonsProps) => {
  const { formatMessage } = useIntl();
  if (transitions.length === 0) {
    return (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('panel.noTransition'),
          defaultMessage: 'Aucune transition possible pour vous dans cet état.',
        })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {transitions.map((transition) => (
        <Button
          key={transition.name}
          type="button"
          variant="secondary"
          fullWidth
          disabled={pending !== null || (modified && !transition.fields)}
          loading={pending?.kind === 'transition' && pending.name === transition.name}
          onClick={() => void onFire(transition)}
        >
          {transition.label}
        </Button>
      ))}
    </Flex>
  );
};
