/** Retry policy for a failed delivery. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export interface SendFailure {
  /** SMTP reply code, when the server answered. */
  responseCode?: number;
}

/**
 * After `attempts` failed tries: retry later (exponential backoff, capped) or give up. A 5xx
 * answer (unknown mailbox, refused) is permanent: retrying it would only annoy the server.
 */
export function nextAttempt(attempts: number, failure: SendFailure, policy: RetryPolicy, now: Date): Date | null {
  const permanent = failure.responseCode !== undefined && failure.responseCode >= 500 && failure.responseCode < 600;
  if (permanent || attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.baseDelaySeconds * 2 ** (attempts - 1), policy.maxDelaySeconds);
  return new Date(now.getTime() + delay * 1000);
}
