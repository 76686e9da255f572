import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_DIR_NAME } from '../../../site/src/lib/build-scope';
import { previousState, saveState } from '../../../site/src/lib/build-state';

let base: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'build-state-'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('what a build keeps for the next one', () => {
  it('should give the next build the record this one saved', () => {
    saveState('texts/plain-texts.json', { a: 'Imprimante', b: 'Le wifi' }, { SITE_BUILD_STATE: path.join(base, STATE_DIR_NAME) });

    expect(previousState('texts/plain-texts.json', { SITE_BUILD_BASE: base })).toEqual({ a: 'Imprimante', b: 'Le wifi' });
    expect(previousState('sitemap/pages.json', { SITE_BUILD_BASE: base })).toBeUndefined();
  });

  it('should give nothing when the previous build ran other code', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'build-state-other-'));
    mkdirSync(path.join(other, STATE_DIR_NAME, 'texts'), { recursive: true });
    writeFileSync(path.join(other, STATE_DIR_NAME, 'texts', 'plain-texts.json'), JSON.stringify({ code: 'autre-code', data: { a: 'x' } }));

    expect(previousState('texts/plain-texts.json', { SITE_BUILD_BASE: other })).toBeUndefined();
    rmSync(other, { recursive: true, force: true });
  });

  it('should give nothing without a previous build', () => {
    expect(previousState('texts/plain-texts.json', {})).toBeUndefined();
  });
});
