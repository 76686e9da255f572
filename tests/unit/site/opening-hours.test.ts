import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from '../../../site/src/lib/opening-hours';

const hoursOf = (value: string) => Object.fromEntries(parseOpeningHours(value)!.days.map((d) => [d.day, d.intervals]));

describe('reading OpenStreetMap opening hours', () => {
  it('should read day ranges, lists and several intervals a day', () => {
    expect(hoursOf('Tu-Fr 09:30-12:00,13:30-18:00; Sa 10:00-12:30; Mo,We 14:00-17:00')).toEqual({
      Mo: [['14:00', '17:00']],
      Tu: [
        ['09:30', '12:00'],
        ['13:30', '18:00'],
      ],
      We: [['14:00', '17:00']],
      Th: [
        ['09:30', '12:00'],
        ['13:30', '18:00'],
      ],
      Fr: [
        ['09:30', '12:00'],
        ['13:30', '18:00'],
      ],
      Sa: [['10:00', '12:30']],
      Su: [],
    });
  });

  it('should let a later rule replace an earlier one for the same days', () => {
    expect(hoursOf('Mo-Fr 09:00-17:00; We off').We).toEqual([]);
    expect(hoursOf('Mo-Fr 09:00-17:00; We 10:00-12:00').We).toEqual([['10:00', '12:00']]);
  });

  it('should read a range that wraps round the week', () => {
    expect(
      Object.entries(hoursOf('Sa-Mo 10:00-12:00'))
        .filter(([, i]) => i.length)
        .map(([d]) => d),
    ).toEqual(['Mo', 'Sa', 'Su']);
  });

  it('should read 24/7 and times without days as every day', () => {
    expect(hoursOf('24/7').Su).toEqual([['00:00', '24:00']]);
    expect(hoursOf('10:00-18:00').Tu).toEqual([['10:00', '18:00']]);
  });

  it('should note closing on public holidays', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-12:00; PH off')?.closedOnPublicHolidays).toBe(true);
  });

  it('should give up on forms it does not know, rather than misread them', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-17:00; Dec 25 off')).toBeNull();
    expect(parseOpeningHours('Mo-Fr sunrise-sunset')).toBeNull();
    expect(parseOpeningHours('Mo-Fr 9h-17h')).toBeNull();
    expect(parseOpeningHours('')).toBeNull();
  });
});
