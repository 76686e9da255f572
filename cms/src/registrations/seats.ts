/** A registration as the seat decision sees it, in order of arrival. */
export interface Seat {
  id: number;
  places: number;
  state: 'confirmee' | 'en_attente' | 'annulee';
}

/**
 * Which waiting registrations move up: in order of arrival, each one whose places fit in what is
 * left. A family of four at the head of the list does not hold back a single person behind it
 * when only one seat frees up; it keeps its rank for the next seats. Confirmed places never
 * exceed the capacity; a capacity lowered below them cancels nobody. `null` capacity: no limit.
 */
export function movesUp(capacity: number | null, seats: readonly Seat[]): number[] {
  if (capacity === null) return seats.filter((s) => s.state === 'en_attente').map((s) => s.id);
  let left = capacity - confirmedPlaces(seats);
  const moved: number[] = [];
  for (const seat of seats) {
    if (seat.state !== 'en_attente' || seat.places > left) continue;
    moved.push(seat.id);
    left -= seat.places;
  }
  return moved;
}

export const confirmedPlaces = (seats: readonly Seat[]) => seats.reduce((sum, s) => sum + (s.state === 'confirmee' ? s.places : 0), 0);

/** Seats left to show on the event (never negative); null without a capacity. */
export const seatsLeft = (capacity: number | null, confirmed: number) => (capacity === null ? null : Math.max(0, capacity - confirmed));
