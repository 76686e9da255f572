import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, STATE_DIR_NAME } from '../../../site/src/lib/build-scope';
import { previousTexts, saveTexts } from '../../../site/src/lib/text-store';

let base: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'text-store-'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("a build's plain texts, kept for the next build", () => {
  it('should give the next build the texts by the digest of their source', () => {
    saveTexts(
      [
        ['line\0# Imprimante', 'Imprimante'],
        ['line\0Le **wifi**', 'Le wifi'],
      ],
      { SITE_BUILD_STATE: path.join(base, STATE_DIR_NAME) },
    );

    const texts = previousTexts({ SITE_BUILD_BASE: base });

    expect(texts.get(hashOf('line\0# Imprimante'))).toBe('Imprimante');
    expect(texts.get(hashOf('line\0Le **wifi**'))).toBe('Le wifi');
    expect(texts.size).toBe(2);
  });

  it('should give nothing when the previous build ran other code', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'text-store-other-'));
    mkdirSync(path.join(other, STATE_DIR_NAME, 'texts'), { recursive: true });
    writeFileSync(path.join(other, STATE_DIR_NAME, 'texts', 'plain-texts.json'), JSON.stringify({ code: 'autre-code', texts: { [hashOf('x')]: 'x' } }));

    expect(previousTexts({ SITE_BUILD_BASE: other }).size).toBe(0);
    rmSync(other, { recursive: true, force: true });
  });

  it('should give nothing without a previous build', () => {
    expect(previousTexts({}).size).toBe(0);
  });
});
