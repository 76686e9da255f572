import { describe, expect, it } from 'vitest';
import { blockEnd as e, blockStart as b, fill, flatten, parseTemplate, slot, type Slot } from '../../../plugins/digest/server/src/digest/template';

const SOURCE = `A${b('s')}B${b('i1')}C${slot('unsubscribeUrl')}${e('i1')}${b('i2')}D${e('i2')}${e('s')}E${slot('preferencesUrl')}`;

describe('compiled templates', () => {
  it('should keep the blocks asked for, nested ones included', () => {
    const flat = flatten(parseTemplate(SOURCE), (key) => key === 's' || key === 'i2');

    expect(fill(flat, { preferencesUrl: 'p' }, false)).toBe('ABDEp');
  });

  it('should drop a block with everything inside it', () => {
    expect(
      fill(
        flatten(parseTemplate(SOURCE), () => false),
        {},
        false,
      ),
    ).toBe('AE');
  });

  it('should escape slot values in HTML and leave them as they are in text', () => {
    const flat = flatten(parseTemplate(SOURCE), () => true);
    const values = { unsubscribeUrl: 'u?a=1&b="2"', preferencesUrl: 'p' };

    expect(fill(flat, values, true)).toBe('ABCu?a=1&amp;b=&quot;2&quot;DEp');
    expect(fill(flat, values, false)).toBe('ABCu?a=1&b="2"DEp');
  });

  it('should merge neighbouring strings', () => {
    expect(flatten(parseTemplate(SOURCE), (key) => key !== 'i1')).toEqual(['ABDE', { slot: 'preferencesUrl' }]);
  });

  it.each([
    ['a block never closed', `x${b('a')}y`],
    ['a block closed out of order', `${b('a')}${b('b')}${e('a')}${e('b')}`],
    ['an unknown slot', slot('email' as Slot)],
  ])('should refuse %s', (_case, source) => {
    expect(() => parseTemplate(source)).toThrow(/template/);
  });

  it.each(['%%preferencesUrl%%', '<!--dg:e:s-->', '<!--dg:b:x-->', '%%email%%'])('should take the marker-like %s written by someone as text', (written) => {
    expect(
      fill(
        flatten(parseTemplate(`A${written}B`), () => true),
        { preferencesUrl: 'p' },
        false,
      ),
    ).toBe(`A${written}B`);
  });
});
