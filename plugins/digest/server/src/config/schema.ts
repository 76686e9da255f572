import { z } from 'zod';

const positive = z.number().int().positive();

/** The digest's configuration (cms/config/plugins.ts, `digest.config`), checked at start-up. */
export const configSchema = z.object({
  /** The public site, where letters link to (SITE_URL). */
  siteUrl: z.url(),
  /** The CMS as mail clients reach it: the one-click unsubscription endpoint lives there. */
  apiUrl: z.url(),
  /** Signs links (DIGEST_SECRET); empty: a key derived from APP_KEYS. */
  secret: z.string(),
  /** When the weekly letter goes (cron rule, in `timezone`); empty turns the weekly run off. */
  rule: z.string(),
  /** When failed deliveries are retried and interrupted runs resumed; empty turns it off. */
  retryRule: z.string(),
  timezone: z.string().min(1),
  /** Messages per second, at most; 0: as fast as the SMTP server takes them. */
  sendRate: z.number().min(0),
  /** Messages a run has in flight at once: as many as the email pool has SMTP connections (`SMTP_CONNECTIONS`). */
  connections: positive.max(50),
  /** Deliveries claimed at a time. */
  batchSize: positive.max(1000),
  retry: z.object({ maxAttempts: positive, baseDelaySeconds: z.number().min(0), maxDelaySeconds: z.number().min(0) }),
  /** Consecutive transport failures after which a run stops (the SMTP server is down). */
  maxConsecutiveFailures: positive,
  /** How long the run lock holds without a heartbeat (a crashed instance's lock expires). */
  leaseSeconds: positive,
  /** How long a confirmation link is valid. */
  confirmationHours: positive,
  /** At most one confirmation message per address in this many minutes. */
  confirmationCooldownMinutes: z.number().min(0),
  /** Public endpoints: `max` requests per address and route per window. */
  rateLimit: z.object({ max: positive, windowSeconds: positive }),
  /** News of the past `periodDays`, events of the next `eventDays`. */
  periodDays: positive,
  eventDays: positive,
  maxItemsPerSection: positive,
  forumTopics: positive,
});

export type DigestConfig = z.infer<typeof configSchema>;
