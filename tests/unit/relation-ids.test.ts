import { describe, expect, it } from 'vitest';
import { MAX_ROW_ID, relationIdIssues, type Attributes } from '../../cms/src/validation/relation-ids';

const attributes: Attributes = {
  title: { type: 'string' },
  machine: { type: 'relation' },
  image: { type: 'media' },
  log: { type: 'component', component: 'intervention.log-entry' },
  team: { type: 'component', component: 'espace.team-member' },
  blocks: { type: 'dynamiczone', components: ['espace.team-member'] },
};
const components: Record<string, Attributes> = {
  'intervention.log-entry': { author: { type: 'relation' }, note: { type: 'text' } },
  'espace.team-member': { member: { type: 'relation' } },
};
const componentAttributes = (uid: string) => components[uid];

const pathsOf = (data: Record<string, unknown>) => relationIdIssues(attributes, data, componentAttributes).map((issue) => issue.path.join('.'));

describe('relation ids', () => {
  it.each([
    ['an id', 12],
    ['the highest id PostgreSQL stores', MAX_ROW_ID],
    ['an id in digits', '12'],
    ['a documentId', 'abcdefghijklmnopqrstuvwx'],
    ['{ id }', { id: 12 }],
    ['{ documentId, locale, status }', { documentId: 'abc', locale: 'fr', status: 'draft' }],
    ['a list', [12, 'abc', { id: 3 }]],
    ['connect and disconnect as the Content Manager sends them', { connect: [{ id: 4, documentId: 'abc', position: { before: 'def' } }], disconnect: [] }],
    ['a position by id', { connect: [{ id: 4, position: { after: 5 } }] }],
    ['a position at the end', { connect: [{ documentId: 'abc', position: { end: true } }] }],
    ['set', { set: ['abc', 7] }],
    ['null', null],
  ])('should accept %s', (_label, value) => {
    expect(pathsOf({ machine: value })).toEqual([]);
  });

  it.each([
    ['1e308', 1e308],
    ['one past the highest id', MAX_ROW_ID + 1],
    ['a fraction', 12.5],
    ['zero', 0],
    ['a negative id', -1],
    ['a string read as an id', '12abc'],
    ['{ id } out of range', { id: 2_147_483_648 }],
    ['{ id } not a number', { id: {} }],
    ['{ documentId } not a string', { documentId: 123 }],
    ['connect with an id out of range', { connect: [{ id: 1e308 }] }],
    ['connect as a single entry', { connect: { id: 1.5 } }],
    ['disconnect beyond safe integers', { disconnect: [2 ** 53] }],
    ['set', { set: [{ id: -4 }] }],
    ['a nested list', [[1e308]]],
    ['a position by id out of range', { connect: [{ id: 4, position: { before: 1e308 } }] }],
    ['a position by documentId not a string', { connect: [{ documentId: 'abc', position: { after: {} } }] }],
  ])('should refuse %s, naming the field', (_label, value) => {
    expect(pathsOf({ machine: value })).toEqual(['machine']);
  });

  it('should check media as relations to files', () => {
    expect(pathsOf({ image: [1.5] })).toEqual(['image']);
  });

  it('should name the component field and its entry', () => {
    expect(pathsOf({ log: { author: 1e308 }, team: [{ member: 1 }, { member: { id: 0 } }] })).toEqual(['log.author', 'team.1.member']);
  });

  it('should read a dynamic zone entry by its component', () => {
    expect(
      pathsOf({
        blocks: [
          { __component: 'espace.team-member', member: 2_147_483_648 },
          { __component: 'nope.nope', member: 1e308 },
        ],
      }),
    ).toEqual(['blocks.0.member']);
  });

  it('should say what an id may be and what it received', () => {
    const [issue] = relationIdIssues(attributes, { machine: { connect: [{ id: 1e308 }] } }, componentAttributes);

    expect(issue.message).toBe(`l’identifiant d’une relation est un entier de 1 à ${MAX_ROW_ID} (reçu 1e+308)`);
  });

  it('should leave fields that are no relation alone', () => {
    expect(pathsOf({ title: 1e308, unknown: { id: 1e308 } })).toEqual([]);
  });
});
