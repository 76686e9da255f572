import { describe, expect, it } from 'vitest';
import { deriveInventory, type InventoryMachine } from '../../cms/src/spaces/derived-inventory';

const machine = (overrides: Partial<InventoryMachine> = {}): InventoryMachine => ({
  kind: 'poste_fixe',
  publicUse: true,
  operatingSystem: 'Windows',
  state: 'en_service',
  ...overrides,
});

describe('a space’s figures derived from its machines', () => {
  it('should derive nothing for a space that lists no machine, so it keeps what was typed', () => {
    expect(deriveInventory([])).toBeNull();
  });

  it('should count public workstations in use, whatever their state short of out of service', () => {
    const machines = [machine(), machine({ kind: 'portable', state: 'a_surveiller' }), machine({ kind: 'tablette', state: 'en_panne' })];

    expect(deriveInventory(machines)?.publicWorkstations).toBe(3);
  });

  it('should not count a machine out of service', () => {
    expect(deriveInventory([machine(), machine({ state: 'hors_service' })])?.publicWorkstations).toBe(1);
  });

  it('should not count a machine kept for the staff', () => {
    expect(deriveInventory([machine(), machine({ publicUse: false })])?.publicWorkstations).toBe(1);
  });

  it('should not count a printer, a server or the box as a workstation, even in public use', () => {
    const machines = [machine({ kind: 'imprimante' }), machine({ kind: 'serveur' }), machine({ kind: 'box_routeur' }), machine({ kind: 'autre' })];

    expect(deriveInventory(machines)?.publicWorkstations).toBe(0);
  });

  it('should list each system once, in the vocabulary’s order', () => {
    const machines = [machine({ operatingSystem: 'Linux' }), machine(), machine({ operatingSystem: 'Linux' }), machine({ operatingSystem: null })];

    expect(deriveInventory(machines)?.operatingSystems).toEqual(['Windows', 'Linux']);
  });

  it('should include the systems of machines staff use, and leave out those out of service', () => {
    const machines = [machine({ publicUse: false, operatingSystem: 'macOS' }), machine({ state: 'hors_service', operatingSystem: 'ChromeOS' })];

    expect(deriveInventory(machines)?.operatingSystems).toEqual(['macOS']);
  });

  it('should leave out a system outside the vocabulary, which the space’s own list refuses', () => {
    expect(deriveInventory([machine({ operatingSystem: 'Windows 11' })])?.operatingSystems).toEqual([]);
  });
});
