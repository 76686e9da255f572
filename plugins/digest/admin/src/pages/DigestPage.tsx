import { PluginPage } from '@reseau-epn/admin-kit';
import { Button, Grid } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { IssuesSection } from '../components/IssuesSection';
import { PreviewSection } from '../components/PreviewSection';
import { RunSection } from '../components/RunSection';
import { TestSendSection } from '../components/TestSendSection';
import { PERMISSIONS } from '../constants';
import { useIssues } from '../hooks/useIssues';
import { getTranslation } from '../utils/getTranslation';

/** « Lettre hebdomadaire »: preview, test, run, and the issues already sent. */
const DigestPage = () => {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC([{ action: PERMISSIONS.send, subject: null }]);
  const { data: issues, error, isLoading: loading, reload } = useIssues();

  const title = formatMessage({ id: getTranslation('page.title'), defaultMessage: 'Lettre hebdomadaire' });
  const canSend = allowedActions.canSend === true;

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage({
        id: getTranslation('page.subtitle'),
        defaultMessage: 'Fiches, agenda, forum et espaces de la semaine, envoyés une fois à chaque abonné confirmé',
      })}
      busy={loading}
      error={error}
    >
      <PreviewSection />
      <Grid.Root gap={6}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TestSendSection canSend={canSend} />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <RunSection canSend={canSend} running={issues?.running ?? null} onStarted={() => void reload()} />
        </Grid.Item>
      </Grid.Root>
      <IssuesSection
        issues={issues?.data ?? []}
        actions={
          <Button type="button" variant="secondary" startIcon={<ArrowClockwise />} loading={loading} onClick={() => void reload()}>
            {formatMessage({ id: getTranslation('issues.refresh'), defaultMessage: 'Actualiser' })}
          </Button>
        }
      />
    </PluginPage>
  );
};

export { DigestPage };
