import { SYSTEMS } from '../validation/vocabularies';

/** What a machine contributes to its space's public figures. */
export interface InventoryMachine {
  kind: string;
  publicUse: boolean | null;
  operatingSystem: string | null;
  state: string;
}

export interface DerivedInventory {
  publicWorkstations: number;
  operatingSystems: string[];
}

/**
 * Kinds a visitor sits at. A printer, a server or the box is not a « poste en accès public »,
 * even when the public uses it (`publicUse` defaults to true for every kind).
 */
export const WORKSTATION_KINDS: ReadonlySet<string> = new Set(['poste_fixe', 'portable', 'tablette']);

/** A machine out of service neither counts as a workstation nor runs a system. */
const inService = (machine: InventoryMachine) => machine.state !== 'hors_service';

/**
 * The public figures of a space that lists machines, or null when it lists none (then the space
 * keeps what its team typed). The systems replace the typed list rather than merge with it:
 * the derived list is written into the same field, so a merge could never drop a system the
 * space stopped running. They follow the vocabulary's order, so the order of machines changes
 * nothing.
 */
export function deriveInventory(machines: readonly InventoryMachine[]): DerivedInventory | null {
  if (machines.length === 0) return null;
  const running = machines.filter(inService);
  const systems = new Set(running.map((machine) => machine.operatingSystem).filter((os): os is string => Boolean(os)));
  return {
    publicWorkstations: running.filter((machine) => machine.publicUse === true && WORKSTATION_KINDS.has(machine.kind)).length,
    // Only the vocabulary's names (a machine's system is validated against it too): the space's
    // list is, and a value outside it would make the team's next save of the space fail.
    operatingSystems: SYSTEMS.filter((os) => systems.has(os)),
  };
}
