import { PluginPage } from '@reseau-epn/admin-kit';
import { Button } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { FichesSection } from '../components/dashboard/FichesSection';
import { InterventionsSection } from '../components/dashboard/InterventionsSection';
import { OverdueLoansSection } from '../components/dashboard/OverdueLoansSection';
import { ResponseTimesSection } from '../components/dashboard/ResponseTimesSection';
import { WeekLoansSection } from '../components/dashboard/WeekLoansSection';
import { useDashboard } from '../hooks/useDashboard';
import { getTranslation } from '../utils/getTranslation';

/** « Tableau de bord »: what waits for review, open interventions, response times, loans. */
const Dashboard = () => {
  const { formatMessage } = useIntl();
  const { data, error, isLoading, reload } = useDashboard();
  const title = formatMessage({ id: getTranslation('dashboard.title'), defaultMessage: 'Tableau de bord' });

  if (isLoading && !data) return <Page.Loading />;
  if (!data) {
    return (
      <Page.Error content={error ?? formatMessage({ id: getTranslation('dashboard.error'), defaultMessage: 'Impossible de charger le tableau de bord.' })} />
    );
  }

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage({
        id: getTranslation('dashboard.subtitle'),
        defaultMessage: 'Circuits de validation : relecture des fiches, interventions et prêts de matériel',
      })}
      busy={isLoading}
      error={error}
      primaryAction={
        <Button type="button" variant="secondary" startIcon={<ArrowClockwise />} loading={isLoading} onClick={() => void reload()}>
          {formatMessage({ id: getTranslation('dashboard.refresh'), defaultMessage: 'Actualiser' })}
        </Button>
      }
    >
      <FichesSection fiches={data.fichesAwaitingReview} />
      <InterventionsSection interventions={data.openInterventions} />
      <ResponseTimesSection timings={data.responseTimes} />
      <WeekLoansSection loans={data.loans} />
      <OverdueLoansSection loans={data.loans.overdue} />
    </PluginPage>
  );
};

export { Dashboard };
