import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TransitionOption } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';

/** Says which transitions take values from the form (« Reprogrammer » a loan's dates), and that it is not saved. */
export const PayloadHint = ({ transitions }: { transitions: TransitionOption[] }) => {
  const { formatMessage } = useIntl();
  const withPayload = transitions.filter((t) => t.fields);
  if (withPayload.length === 0) return null;
  return (
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
  );
};
