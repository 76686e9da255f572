import { VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** A median that could not be computed (no intervention answered or resolved yet). */
export const NoValue = () => {
  const { formatMessage } = useIntl();
  return (
    <>
      <span aria-hidden>—</span>
      <VisuallyHidden>{formatMessage({ id: getTranslation('dashboard.noValue'), defaultMessage: 'pas encore de donnée' })}</VisuallyHidden>
    </>
  );
};
