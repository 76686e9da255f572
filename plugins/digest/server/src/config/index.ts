import { TIME_ZONE } from '@reseau-epn/platform';
import { configSchema, type DigestConfig } from './schema';

const defaults: DigestConfig = {
  siteUrl: 'http://localhost:4321',
  apiUrl: 'http://localhost:1337',
  secret: '',
  rule: '0 8 * * 1',
  retryRule: '*/10 * * * *',
  timezone: TIME_ZONE,
  sendRate: 10,
  connections: 3,
  batchSize: 100,
  retry: { maxAttempts: 5, baseDelaySeconds: 300, maxDelaySeconds: 6 * 3600 },
  maxConsecutiveFailures: 20,
  leaseSeconds: 60,
  confirmationHours: 48,
  confirmationCooldownMinutes: 10,
  rateLimit: { max: 30, windowSeconds: 600 },
  periodDays: 7,
  eventDays: 14,
  maxItemsPerSection: 20,
  forumTopics: 5,
};

export default {
  default: defaults,
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`digest config: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    }
  },
};
