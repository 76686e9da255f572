import { describe, expect, it } from 'vitest';
import { csvCell, registrationsCsv, type ExportedRegistration } from '../../../cms/src/registrations/export-csv';
import { parseCsv } from '../../helpers/csv';

const registration: ExportedRegistration = {
  name: 'Le Gall; Maïwenn',
  email: 'maiwenn@example.test',
  phone: '+33 6 12 34 56 78',
  places: 2,
  state: 'confirmee',
  accessibilityNeed: 'Fauteuil, « rampe »',
  language: 'br',
  attended: true,
  createdAt: '2026-12-02T13:30:00.000Z',
  cancelledAt: null,
};

describe('the registrations’ CSV', () => {
  it('should start with a byte order mark and end every record with CRLF', () => {
    const csv = registrationsCsv([registration]);

    expect(csv.startsWith('\uFEFFNom;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('should read back, split on semicolons, to what was exported', () => {
    const [, row] = parseCsv(registrationsCsv([registration]).slice(1), ';');

    expect(row).toEqual([
      'Le Gall; Maïwenn',
      'maiwenn@example.test',
      "'+33 6 12 34 56 78",
      '2',
      'Confirmée',
      'Fauteuil, « rampe »',
      'breton',
      'présent·e',
      '2026-12-02 14:30',
      '',
    ]);
  });

  it('should quote a cell holding the separator, a quote or a line break', () => {
    expect([csvCell('a;b'), csvCell('say "hi"'), csvCell('two\nlines'), csvCell('plain')]).toEqual(['"a;b"', '"say ""hi"""', '"two\nlines"', 'plain']);
  });

  it.each(['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx'])('should neutralise a cell starting like a formula: %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
  });
});
