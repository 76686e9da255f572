import { createRequire } from 'node:module';
import type * as StrapiUtils from '@strapi/utils';
import { ConflictError, sendConflict, validate } from '@reseau-epn/platform/strapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Strapi's core recognises its errors with `instanceof` against the CommonJS build.
const { errors } = createRequire(import.meta.url)('@strapi/utils') as typeof StrapiUtils;

const schema = z.object({ email: z.string().email(), places: z.number().int().min(1) });

describe('the Strapi error helpers', () => {
  it('should return the parsed value when it is valid', () => {
    expect(validate(schema, { email: 'anne@example.org', places: 2 })).toEqual({ email: 'anne@example.org', places: 2 });
  });

  it("should throw Strapi's own ValidationError naming each bad field", () => {
    let thrown: unknown;
    try {
      validate(schema, { email: 'pas-une-adresse', places: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errors.ValidationError);
    const error = thrown as InstanceType<typeof errors.ValidationError>;
    expect(error.message).toMatch(/^email : .*; places : /);
    expect((error.details as { errors: { path: string[] }[] }).errors.map((e) => e.path)).toEqual([['email'], ['places']]);
  });

  it("should answer a conflict as a 409 in Strapi's error shape", () => {
    const ctx = { status: 200, body: null as unknown };
    sendConflict(ctx, new ConflictError('Le matériel est déjà prêté à ces dates.', { overlapping: ['PRET-2026-0007'] }));
    expect(ctx).toEqual({
      status: 409,
      body: {
        data: null,
        error: { status: 409, name: 'ConflictError', message: 'Le matériel est déjà prêté à ces dates.', details: { overlapping: ['PRET-2026-0007'] } },
      },
    });
  });
});
