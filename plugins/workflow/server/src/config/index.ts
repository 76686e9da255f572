export default {
  default: {
    /** When overdue loans' borrowers get their reminder (cron rule, Europe/Paris); empty turns it off. */
    overdueReminderRule: '0 8 * * *',
  },
  validator(config: { overdueReminderRule?: unknown }) {
    if (typeof config.overdueReminderRule !== 'string') throw new Error('workflow.overdueReminderRule must be a cron rule string');
  },
};
