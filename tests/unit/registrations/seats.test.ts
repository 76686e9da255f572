import { describe, expect, it } from 'vitest';
import { confirmedPlaces, movesUp, seatsLeft, type Seat } from '../../../cms/src/registrations/seats';

const seat = (id: number, places: number, state: Seat['state'] = 'en_attente'): Seat => ({ id, places, state });

describe('the seat decision', () => {
  it('should move up the waiting registrations that fit, in order of arrival', () => {
    expect(movesUp(5, [seat(1, 3, 'confirmee'), seat(2, 1), seat(3, 1), seat(4, 1)])).toEqual([2, 3]);
  });

  it('should let a smaller registration behind pass one that does not fit', () => {
    expect(movesUp(4, [seat(1, 3, 'confirmee'), seat(2, 2), seat(3, 1)])).toEqual([3]);
  });

  it('should move nobody up when the confirmed places already exceed a lowered capacity', () => {
    expect(movesUp(2, [seat(1, 3, 'confirmee'), seat(2, 1)])).toEqual([]);
  });

  it('should move everyone up when the event has no capacity', () => {
    expect(movesUp(null, [seat(1, 4), seat(2, 4, 'annulee'), seat(3, 2)])).toEqual([1, 3]);
  });

  it('should count only confirmed places', () => {
    expect(confirmedPlaces([seat(1, 2, 'confirmee'), seat(2, 3), seat(3, 4, 'annulee')])).toBe(2);
  });

  it('should never show fewer than zero seats left', () => {
    expect([seatsLeft(3, 5), seatsLeft(5, 3), seatsLeft(null, 9)]).toEqual([0, 2, null]);
  });
});
