import { z } from 'zod';

const cronRule = z.string();

/** The plugin's settings (cms/config/plugins.ts, `workflow.config`); checked at start-up. */
export const configSchema = z.object({
  /** When overdue loans' borrowers get their reminder (cron rule, Europe/Paris); empty turns it off. */
  overdueReminderRule: cronRule,
  /** When notifications that failed are tried again, and old ones deleted (cron, Europe/Paris); empty turns it off. */
  mailRetryRule: cronRule,
  /** Backoff of a notification that failed: 4xx answers and transport errors; a 5xx gives up at once. */
  mailRetry: z.object({
    maxAttempts: z.number().int().min(1).max(20),
    baseDelaySeconds: z.number().int().min(1),
    maxDelaySeconds: z.number().int().min(1),
  }),
  /** Days a sent or failed notification (an address, a message) is kept before it is deleted. */
  mailRetentionDays: z.number().int().min(0),
});

export type WorkflowConfig = z.infer<typeof configSchema>;

const defaults: WorkflowConfig = {
  overdueReminderRule: '0 8 * * *',
  mailRetryRule: '*/10 * * * *',
  mailRetry: { maxAttempts: 5, baseDelaySeconds: 300, maxDelaySeconds: 6 * 3600 },
  mailRetentionDays: 30,
};

export default {
  default: defaults,
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`workflow config: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
  },
};
