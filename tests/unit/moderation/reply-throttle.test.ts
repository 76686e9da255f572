import { describe, expect, it } from 'vitest';
import { mayNotify, throttleCutoff } from '../../../plugins/moderation/server/src/notifications/throttle';

const NOW = new Date('2026-11-23T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

describe('reply notification throttle', () => {
  it('should notify a member the topic never told', () => {
    expect(mayNotify(null, NOW, 24)).toBe(true);
    expect(mayNotify({ unsubscribed: false, lastNotifiedAt: null }, NOW, 24)).toBe(true);
  });

  it('should hold back a second notification within the period', () => {
    expect(mayNotify({ unsubscribed: false, lastNotifiedAt: hoursAgo(3) }, NOW, 24)).toBe(false);
  });

  it('should notify again once the period has passed', () => {
    expect(mayNotify({ unsubscribed: false, lastNotifiedAt: hoursAgo(24) }, NOW, 24)).toBe(true);
    expect(mayNotify({ unsubscribed: false, lastNotifiedAt: hoursAgo(30) }, NOW, 24)).toBe(true);
  });

  it('should follow the configured period', () => {
    expect(mayNotify({ unsubscribed: false, lastNotifiedAt: hoursAgo(3) }, NOW, 2)).toBe(true);
  });

  it('should never notify a member who unsubscribed from the topic', () => {
    expect(mayNotify({ unsubscribed: true, lastNotifiedAt: null }, NOW, 24)).toBe(false);
    expect(mayNotify({ unsubscribed: true, lastNotifiedAt: hoursAgo(100) }, NOW, 24)).toBe(false);
  });

  it('should put the cutoff the configured hours before now', () => {
    expect(throttleCutoff(NOW, 24).toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });
});
