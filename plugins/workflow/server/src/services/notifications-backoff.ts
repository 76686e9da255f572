/** Retry policy of a notification that failed (`mailRetry` in the plugin's config). */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

/**
 * After `attempts` failed tries: when to try again (exponential backoff, capped), or null to give
 * up. A 5xx answer (unknown mailbox, refused) is final: retrying it would only annoy the server.
 * The same rule as the digest's deliveries.
 */
export function nextAttempt(attempts: number, responseCode: number | undefined, policy: RetryPolicy, now: Date): Date | null {
  const permanent = responseCode !== undefined && responseCode >= 500 && responseCode < 600;
  if (permanent || attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.baseDelaySeconds * 2 ** (attempts - 1), policy.maxDelaySeconds);
  return new Date(now.getTime() + delay * 1000);
}
