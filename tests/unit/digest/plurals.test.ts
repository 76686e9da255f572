import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../plugins/digest/server/src/digest/strings';

// `#` is formatted as each language writes numbers (its own spaces between thousands).
const MILLION = (1_000_000).toLocaleString('fr-FR');
const MILION = (1_000_000).toLocaleString('br-FR');

describe('a topic’s message count in the letter', () => {
  it.each([
    [0, '0 message cette semaine'],
    [1, '1 message cette semaine'],
    [2, '2 messages cette semaine'],
    [3, '3 messages cette semaine'],
    [1_000_000, `${MILLION} de messages cette semaine`],
  ])('should read %i in French as « %s »', (count, expected) => {
    expect(STRINGS.fr.labels.messages(count)).toBe(expected);
  });

  // Breton keeps the noun singular after a number and mutates it as the number does.
  it.each([
    [0, '0 kemennadenn er sizhun-mañ'],
    [1, '1 gemennadenn er sizhun-mañ'],
    [2, '2 gemennadenn er sizhun-mañ'],
    [3, '3 c’hemennadenn er sizhun-mañ'],
    [5, '5 kemennadenn er sizhun-mañ'],
    [21, '21 gemennadenn er sizhun-mañ'],
    [1_000_000, `${MILION} a gemennadennoù er sizhun-mañ`],
  ])('should read %i in Breton as « %s »', (count, expected) => {
    expect(STRINGS.br.labels.messages(count)).toBe(expected);
  });

  it.each([
    [0, '0 messages this week'],
    [1, '1 message this week'],
    [2, '2 messages this week'],
  ])('should read %i in English as « %s »', (count, expected) => {
    expect(STRINGS.en.labels.messages(count)).toBe(expected);
  });
});

describe('the confirmation link’s validity', () => {
  it.each([
    [0, 'dans l’heure :'],
    [1, 'dans l’heure :'],
    [2, 'dans les 2 heures :'],
    [3, 'dans les 3 heures :'],
    [1_000_000, `dans les ${MILLION} d’heures :`],
  ])('should read %i hours in French as « %s »', (hours, expected) => {
    expect(STRINGS.fr.confirmation.body(hours).endsWith(`ce lien ${expected}`)).toBe(true);
  });

  it.each([
    [0, 'a-benn 0 eur :'],
    [1, 'a-benn 1 eur :'],
    [2, 'a-benn 2 eur :'],
    [3, 'a-benn 3 eur :'],
    [1_000_000, `a-benn ${MILION} a eurioù :`],
  ])('should read %i hours in Breton as « %s »', (hours, expected) => {
    expect(STRINGS.br.confirmation.body(hours).endsWith(expected)).toBe(true);
  });

  it.each([
    [1, 'within 1 hour:'],
    [48, 'within 48 hours:'],
  ])('should read %i hours in English as « %s »', (hours, expected) => {
    expect(STRINGS.en.confirmation.body(hours).endsWith(expected)).toBe(true);
  });
});
