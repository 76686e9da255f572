import { Button } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** « Créer une fiche » from a resolved intervention: what was learnt becomes a draft fiche. */
export const CreateFicheButton = ({ disabled, loading, onClick }: { disabled: boolean; loading: boolean; onClick: () => void }) => {
  const { formatMessage } = useIntl();
  return (
    <Button type="button" variant="default" fullWidth disabled={disabled} loading={loading} onClick={onClick}>
      {formatMessage({ id: getTranslation('panel.fiche.create'), defaultMessage: 'Créer une fiche' })}
    </Button>
  );
};
