import { describe, it } from 'vitest';
import { queryCases } from './queries';
import { fuzzOptions, fuzzRoute } from './runner';
import { setUpFuzz } from './setup';

const { cms, routes, tables, world } = await setUpFuzz();
const options = fuzzOptions(20_261_203, 12);

describe('fuzzed query strings', () => {
  it.each(routes)('should answer odd query strings on $label without a 5xx, refusing with a 4xx that names the parameter and writes nothing', async (route) => {
    await fuzzRoute(cms, tables, route, queryCases(cms.strapi, world(), route), options);
  });
});
