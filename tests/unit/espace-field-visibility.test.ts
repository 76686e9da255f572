import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESPACE_FIELD_VISIBILITY } from '../../cms/src/api/espace/field-visibility';

const SCHEMA = path.resolve(import.meta.dirname, '../../cms/src/api/espace/content-types/espace/schema.json');
const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { attributes: Record<string, { private?: boolean }> };

describe('the visibility table of a space’s fields', () => {
  it('should decide every attribute of the espace schema', () => {
    const undecided = Object.keys(schema.attributes).filter((field) => !(field in ESPACE_FIELD_VISIBILITY));

    expect(undecided).toEqual([]);
  });

  it('should name no field the espace schema lacks', () => {
    const unknown = Object.keys(ESPACE_FIELD_VISIBILITY).filter((field) => !(field in schema.attributes));

    expect(unknown).toEqual([]);
  });

  it('should be the only place privacy is decided (no private flag in schema.json)', () => {
    const flagged = Object.entries(schema.attributes)
      .filter(([, attribute]) => 'private' in attribute)
      .map(([field]) => field);

    expect(flagged).toEqual([]);
  });
});
