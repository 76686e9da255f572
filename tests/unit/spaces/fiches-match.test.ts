import { describe, expect, it } from 'vitest';
import { fichesConcerning, namesOf, recipientsOf, spaceProfile, spacesConcerned, type SpaceRow } from '../../../cms/src/spaces/fiches-match';

const member = (email: string, extra: Record<string, unknown> = {}) => ({ email, firstname: 'Anne', isActive: true, blocked: false, ...extra });

const mediatheque: SpaceRow = {
  documentId: 'mediatheque',
  name: 'Médiathèque',
  operatingSystems: ['Windows 11'],
  installedSoftware: ['LibreOffice'],
  machines: [{ operatingSystem: 'Android' }, { operatingSystem: null }],
  team: [
    { notifyFiches: true, member: member('anne@reseau.example') },
    { notifyFiches: false, member: member('bob@reseau.example') },
  ],
};
const fablab: SpaceRow = {
  documentId: 'fablab',
  name: 'Fablab',
  operatingSystems: ['Linux'],
  installedSoftware: ['FreeCAD'],
  machines: [{ operatingSystem: 'Android' }],
  team: [
    { notifyFiches: true, member: member('ANNE@reseau.example') },
    { notifyFiches: true, member: member('inactive@reseau.example', { isActive: false }) },
    { notifyFiches: true, member: member('blocked@reseau.example', { blocked: true }) },
    { notifyFiches: true, member: null },
  ],
};
const network = [mediatheque, fablab];

describe('a space’s profile', () => {
  it('should hold its declared systems and its machines’ ones, leaving out machines without one', () => {
    expect(spaceProfile(mediatheque)).toEqual({ systems: ['Windows 11', 'Android'], software: ['LibreOffice'] });
  });

  it('should read a JSON field that is not a list of names as naming nothing', () => {
    expect(namesOf({ windows: true })).toEqual([]);
    expect(namesOf(['Linux', 3, ' ', null])).toEqual(['Linux']);
  });
});

describe('matching fiches and spaces', () => {
  it('should find the spaces running a system through their machines only', () => {
    expect(spacesConcerned({ systems: ['Android'] }, network).map((space) => space.documentId)).toEqual(['mediatheque', 'fablab']);
  });

  it('should list for a space the fiches about what it runs, in the order given', () => {
    const fiches = [{ id: 1, systems: ['Linux'] }, { id: 2, systems: ['Windows'] }, { id: 3, software: ['LibreOffice Writer'] }, { id: 4 }];

    expect(fichesConcerning(mediatheque, fiches, network).map((fiche) => fiche.id)).toEqual([2, 3]);
  });

  it('should find no space for a general fiche', () => {
    expect(spacesConcerned({ systems: [], software: [] }, network)).toEqual([]);
  });
});

describe('who hears of a fiche', () => {
  it('should name each opted-in, active member once, with every concerned space of theirs', () => {
    expect(recipientsOf(network)).toEqual([
      {
        email: 'anne@reseau.example',
        firstname: 'Anne',
        spaces: [
          { documentId: 'mediatheque', name: 'Médiathèque' },
          { documentId: 'fablab', name: 'Fablab' },
        ],
      },
    ]);
  });

  it('should name nobody when no concerned space has an opted-in member', () => {
    expect(recipientsOf([{ ...mediatheque, team: [{ notifyFiches: false, member: member('bob@reseau.example') }] }])).toEqual([]);
  });
});
