import { PluginPage } from '@reseau-epn/admin-kit';
import { Tabs } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { AuditTab } from '../components/AuditTab';
import { QueueTab } from '../components/QueueTab';
import { PERMISSIONS, type Tab, TABS } from '../constants';
import { getTranslation } from '../utils/getTranslation';

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

/** « Modération »: the posts waiting for review, the flagged ones, and the journal of actions. */
const ModerationPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  // The tab lives in the address: the moderators' mails open « En attente » or « Signalés » directly.
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'pending';
  const { allowedActions, isLoading } = useRBAC([
    { action: PERMISSIONS.moderate, subject: null },
    { action: PERMISSIONS.ban, subject: null },
  ]);
  const canModerate = !isLoading && allowedActions.canModerate === true;
  const canBan = !isLoading && allowedActions.canBan === true;

  return (
    <PluginPage
      title={t('page.title', 'Modération du forum')}
      subtitle={t('page.subtitle', 'Messages à relire, messages signalés et journal des décisions')}
      busy={isLoading}
      error={null}
    >
      <Tabs.Root value={tab} onValueChange={(value) => setParams({ tab: value }, { replace: true })}>
        <Tabs.List aria-label={t('tabs.label', 'Files de modération')}>
          <Tabs.Trigger value="pending">{t('tabs.pending', 'En attente')}</Tabs.Trigger>
          <Tabs.Trigger value="flagged">{t('tabs.flagged', 'Signalés')}</Tabs.Trigger>
          <Tabs.Trigger value="audit">{t('tabs.audit', 'Journal')}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="pending">{tab === 'pending' && <QueueTab kind="pending" canModerate={canModerate} canBan={canBan} />}</Tabs.Content>
        <Tabs.Content value="flagged">{tab === 'flagged' && <QueueTab kind="flagged" canModerate={canModerate} canBan={canBan} />}</Tabs.Content>
        <Tabs.Content value="audit">{tab === 'audit' && <AuditTab />}</Tabs.Content>
      </Tabs.Root>
    </PluginPage>
  );
};

export { ModerationPage };
