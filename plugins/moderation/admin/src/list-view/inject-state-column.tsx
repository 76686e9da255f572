import { labelListColumns } from '@reseau-epn/admin-kit';
import { UIDS } from '@reseau-epn/platform';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { isPostState, STATE_LABELS } from '../utils/state-labels';

function StateCell({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  if (!isPostState(value)) return <Typography textColor="neutral800">-</Typography>;
  return <Typography textColor="neutral800">{formatMessage({ id: getTranslation(`state.${value}`), defaultMessage: STATE_LABELS[value] })}</Typography>;
}

/** The topic and post lists' « État » column shows « Publié », « En attente »… instead of the stored key. */
export const injectStateColumn = labelListColumns({ [UIDS.sujet]: 'state', [UIDS.message]: 'state' }, StateCell);
