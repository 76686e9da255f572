import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { ADMIN_LAYOUTS } from '../../../cms/src/admin-layouts';
import { getCms, type TestCms } from '../../helpers/cms';
import { deleteAdmin, superAdminToken } from '../digest/helpers';
import { editOrder, readConfiguration, writeConfiguration } from './helpers';

// The Content Manager's configuration, declared in cms/src/admin-layouts and applied at start-up,
// read back through the endpoint the admin's edit and list views are built from.
let cms: TestCms;
let admin: { token: string; id: number };

beforeAll(async () => {
  cms = await getCms();
  admin = await superAdminToken(cms);
});

afterAll(async () => {
  await deleteAdmin(cms, admin.id);
});

describe('the fiche in the Content Manager', () => {
  it('should label its fields in French, with a description and a placeholder where they help', async () => {
    const { metadatas } = await readConfiguration(cms, UIDS.fiche, admin.token);
    expect(metadatas.title.edit).toMatchObject({ label: 'Titre', placeholder: 'Ex. : Imprimer une attestation depuis un smartphone' });
    expect(metadatas.body.edit.label).toBe('Contenu');
    expect(metadatas.body.edit.description).toContain('les étapes, numérotées');
    expect(metadatas.relatedFiches.edit.label).toBe('Fiches liées');
    expect(metadatas.updatedAt.list.label).toBe('Modifié le');
  });

  it('should lay out the text, then the classification, the relations and the attachments', async () => {
    const configuration = await readConfiguration(cms, UIDS.fiche, admin.token);
    expect(editOrder(configuration)).toEqual([
      'title',
      'slug',
      'summary',
      'body',
      'category',
      'tags',
      'difficulty',
      'systems',
      'software',
      'hardware',
      'relatedFiches',
      'sourceIntervention',
      'attachments',
      'reviewState',
      'author',
      'editSummary',
    ]);
  });

  it('should list title, category, review state, author and update date, newest first, with filters', async () => {
    const { layouts, settings } = await readConfiguration(cms, UIDS.fiche, admin.token);
    expect(layouts.list).toEqual(['title', 'category', 'reviewState', 'author', 'updatedAt']);
    expect(settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC', filterable: true });
  });

  it('should leave the review state to the workflow', async () => {
    const { metadatas } = await readConfiguration(cms, UIDS.fiche, admin.token);
    expect(metadatas.reviewState.edit.editable).toBe(false);
  });
});

describe('the other types in the Content Manager', () => {
  // Their state column is not the Content Manager's: it would draw `status` as the draft/published badge.
  it('should list an intervention by reference, space, priority, assignee and age, newest first', async () => {
    const { layouts, settings } = await readConfiguration(cms, UIDS.intervention, admin.token);
    expect(layouts.list).toEqual(['reference', 'space', 'priority', 'assignee', 'createdAt']);
    expect(settings).toMatchObject({ defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', filterable: true });
  });

  it('should list a loan by reference, equipment, borrowing space and dates', async () => {
    const { layouts } = await readConfiguration(cms, UIDS.pret, admin.token);
    expect(layouts.list).toEqual(['reference', 'equipment', 'borrowingSpace', 'startDate', 'endDate']);
  });

  it("should group a space's edit view and say on screen that its referent is private", async () => {
    const configuration = await readConfiguration(cms, UIDS.espace, admin.token);
    const order = editOrder(configuration);
    expect(order.indexOf('services')).toBeGreaterThan(order.indexOf('openingHours'));
    expect(order.indexOf('operatingSystems')).toBeGreaterThan(order.indexOf('fees'));
    expect(order.indexOf('referent')).toBeGreaterThan(order.indexOf('networkDescription'));
    expect(configuration.metadatas.referent.edit.description).toContain('Donnée privée : jamais publiée');
  });

  it('should label the fields of components', async () => {
    const { metadatas } = await readConfiguration(cms, 'intervention.log-entry', admin.token);
    expect(metadatas.minutesSpent.edit.label).toBe('Temps passé (minutes)');
  });
});

describe.each(ADMIN_LAYOUTS.map((layout) => layout.uid))('the declared configuration of %s', (uid) => {
  it('should give every field shown a label of its own', async () => {
    const configuration = await readConfiguration(cms, uid, admin.token);
    const unlabelled = editOrder(configuration).filter((name) => configuration.metadatas[name].edit.label === name);
    expect(unlabelled).toEqual([]);
  });

  it('should fit every edit row in the 12 columns of the form', async () => {
    const { layouts } = await readConfiguration(cms, uid, admin.token);
    const widths = layouts.edit.map((row) => row.reduce((sum, cell) => sum + cell.size, 0));
    expect(widths.filter((width) => width > 12)).toEqual([]);
  });

  it("should pass the Content Manager's own validation", async () => {
    const response = await writeConfiguration(cms, uid, admin.token, await readConfiguration(cms, uid, admin.token));
    expect(response.status).toBe(200);
  });
});
