import { dashboard } from './dashboard';
import { ficheFromIntervention } from './fiche-from-intervention';
import { mailer } from './mailer';
import { overdueReminders } from './overdue-reminders';
import { workflow } from './workflow';

export default {
  workflow,
  mailer,
  dashboard,
  'fiche-from-intervention': ficheFromIntervention,
  'overdue-reminders': overdueReminders,
};
