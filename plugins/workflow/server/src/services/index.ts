import { dashboard } from './dashboard';
import { ficheFromIntervention } from './fiche-from-intervention';
import { loanOverlap } from './loan-overlap';
import { notifications } from './notifications';
import { overdueReminders } from './overdue-reminders';
import { workflow } from './workflow';

export default {
  workflow,
  notifications,
  dashboard,
  'fiche-from-intervention': ficheFromIntervention,
  'overdue-reminders': overdueReminders,
  'loan-overlap': loanOverlap,
};
