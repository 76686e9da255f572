import { describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { BuildPlan, PUBLIC_TYPES } from '../../packages/launcher/src/build-plan';

describe('the launcher’s build plan', () => {
  it('should build the whole site first, then incrementally', () => {
    const plan = new BuildPlan();

    expect([plan.take(), plan.take()]).toEqual(['full', 'incremental']);
  });

  it('should build the whole site after a category changed', () => {
    const plan = new BuildPlan();
    plan.take();
    plan.changed(UIDS.categorie);

    expect(plan.take()).toBe('full');
  });

  it('should build incrementally after a fiche, an event or a space changed', () => {
    const plan = new BuildPlan();
    plan.take();
    for (const uid of [UIDS.fiche, UIDS.atelier, UIDS.espace]) plan.changed(uid);

    expect(plan.take()).toBe('incremental');
  });

  it('should rebuild the site for training paths and search synonyms', () => {
    expect([PUBLIC_TYPES.has(UIDS.parcours), PUBLIC_TYPES.has(UIDS.synonyme)]).toEqual([true, true]);
  });
});
