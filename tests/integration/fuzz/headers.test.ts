import { describe, it } from 'vitest';
import { headerCases } from './headers';
import { fuzzOptions, fuzzRoute } from './runner';
import { setUpFuzz } from './setup';

const { cms, routes, tables, world } = await setUpFuzz();
const options = fuzzOptions(20_261_204, 8);

describe('fuzzed headers', () => {
  it.each(routes)('should answer odd headers and mismatched content types on $label without a 5xx or a write', async (route) => {
    await fuzzRoute(cms, tables, route, headerCases(world(), route), options);
  });
});
