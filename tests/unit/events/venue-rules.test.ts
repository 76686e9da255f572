import { describe, expect, it } from 'vitest';
import { relationAfter, venueIssues } from '../../../cms/src/events/venue-rules';

const venue = { name: 'Salle polyvalente', commune: 'Loperhet', latitude: 48.37, longitude: -4.31 };

describe('relationAfter', () => {
  it.each([
    [undefined, true, true],
    [null, true, false],
    ['docid', false, true],
    [{ connect: [], disconnect: [] }, true, true],
    [{ connect: [{ documentId: 'x' }], disconnect: [] }, false, true],
    [{ connect: [], disconnect: [{ documentId: 'x' }] }, true, false],
    [{ set: [] }, true, false],
  ])('should read %j over a stored relation (%s) as %s', (value, before, after) => {
    expect(relationAfter(value, before)).toBe(after);
  });
});

describe('venueIssues', () => {
  it('should refuse a venue with a place, naming venue', () => {
    expect(venueIssues({ venue, place: 'docid' }, null).map((i) => i.path.join('.'))).toEqual(['venue']);
  });

  it('should refuse a place added to an event stored with a venue', () => {
    expect(venueIssues({ place: { connect: [{ documentId: 'x' }] } }, { venue, place: null }).map((i) => i.path.join('.'))).toEqual(['venue']);
  });

  it('should refuse a latitude without its longitude', () => {
    expect(venueIssues({ venue: { ...venue, longitude: null } }, null).map((i) => i.path.join('.'))).toEqual(['venue.longitude']);
  });

  it('should accept a venue alone', () => {
    expect(venueIssues({ venue, place: null }, null)).toEqual([]);
  });
});
