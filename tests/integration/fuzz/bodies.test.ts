import { describe, it } from 'vitest';
import { bodyCases } from './bodies';
import { takesBody } from './routes';
import { fuzzOptions, fuzzRoute } from './runner';
import { setUpFuzz } from './setup';

const { cms, routes, tables, world } = await setUpFuzz();
const options = fuzzOptions(20_261_202, 30);

describe('fuzzed bodies', () => {
  it.each(routes.filter(takesBody))(
    'should answer bad bodies on $label without a 5xx, refusing with a 4xx that names the field and writes nothing',
    async (route) => {
      await fuzzRoute(cms, tables, route, bodyCases(cms.strapi, world(), route), options);
    },
  );
});
