import { describe, expect, it } from 'vitest';
import { SITE_SIGNAL_EVENTS, UIDS } from '@reseau-epn/platform';
import { siteChange } from '../../packages/launcher/src/site-changes';

/** What the site builder makes of the CMS's events, in process or by webhook: the same payloads. */
describe('siteChange', () => {
  it.each(['entry.publish', 'entry.unpublish'])('should rebuild after %s of a public type, whatever the entry', (event) => {
    expect(siteChange(event, { uid: UIDS.fiche, entry: { publishedAt: null } })).toEqual({ uid: UIDS.fiche });
  });

  it.each(['entry.create', 'entry.update', 'entry.delete'])('should rebuild after %s only when the entry is a published one', (event) => {
    expect(siteChange(event, { uid: UIDS.fiche, entry: { publishedAt: null } })).toBeNull();
    expect(siteChange(event, { uid: UIDS.fiche, entry: { publishedAt: '2026-12-02T10:00:00.000Z' } })).toEqual({ uid: UIDS.fiche });
  });

  it('should ignore the entries of types the site does not show', () => {
    expect(siteChange('entry.publish', { uid: 'plugin::users-permissions.user', entry: { publishedAt: '2026-12-02' } })).toBeNull();
  });

  it.each(Object.values(SITE_SIGNAL_EVENTS))('should rebuild after %s, a change without a publication', (event) => {
    expect(siteChange(event, {})).toEqual({ uid: null });
  });

  it.each([null, 'texte', 42, [], { uid: 42 }, { uid: UIDS.fiche, entry: 'x' }, { uid: '__proto__' }])('should not trip on a payload such as %j', (payload) => {
    expect(() => siteChange('entry.update', payload)).not.toThrow();
    expect(siteChange('entry.update', payload)).toBeNull();
  });

  it('should ignore events it does not know, such as Strapi’s media events', () => {
    expect(siteChange('media.create', { uid: UIDS.fiche })).toBeNull();
  });
});
