import { describe, expect, it } from 'vitest';
import { fill, flatten, parseTemplate } from '../../../plugins/digest/server/src/digest/template';

const SOURCE = 'A<!--dg:b:s-->B<!--dg:b:i1-->C%%unsubscribeUrl%%<!--dg:e:i1--><!--dg:b:i2-->D<!--dg:e:i2--><!--dg:e:s-->E%%preferencesUrl%%';

describe('compiled templates', () => {
  it('should keep the blocks asked for, nested ones included', () => {
    const flat = flatten(parseTemplate(SOURCE), (key) => key === 's' || key === 'i2');

    expect(fill(flat, { preferencesUrl: 'p' }, false)).toBe('ABDEp');
  });

  it('should drop a block with everything inside it', () => {
    expect(fill(flatten(parseTemplate(SOURCE), () => false), {}, false)).toBe('AE');
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
    ['a block never closed', 'x<!--dg:b:a-->y'],
    ['a block closed out of order', '<!--dg:b:a--><!--dg:b:b--><!--dg:e:a--><!--dg:e:b-->'],
    ['an unknown slot', '%%email%%'],
  ])('should refuse %s', (_case, source) => {
    expect(() => parseTemplate(source)).toThrow(/template/);
  });
});
