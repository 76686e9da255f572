import type { Modules } from '@strapi/strapi';
import { ref, remember, type SeedContext } from '../context';
import type { Outcome } from '../documents';
import type { SeedEntry } from '../read-entries';
import { list, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/** The key other folders use for a machine: its space's slug and its label (« epn-landerneau/Poste 3 »). */
export const machineKey = (space: string, label: string) => `${space}/${label}`;

type MachineFields = Record<string, unknown> & { label: string };
type MachineInput = Modules.Documents.Params.Data.Input<typeof UIDS.machine>;

function machinesOf(entry: SeedEntry): MachineFields[] {
  const seen = new Set<string>();
  return (list(entry, 'machines') as Record<string, unknown>[]).map((item, index) => {
    const { label } = item;
    if (typeof label !== 'string' || label.trim() === '') throw new Error(`machines.${index}.label is required`);
    if (seen.has(label)) throw new Error(`machines.${index}.label "${label}" is used twice in this space`);
    seen.add(label);
    return { ...item, label };
  });
}

/**
 * A space's inventory, listed in its espace file (`machines`) where whoever keeps the space's page
 * keeps it too. A machine has no key of its own: its label is unique within its space, so the pair
 * finds it again on a second run. A machine that already reads as the file says is not written
 * again: each write recomputes the space's derived figures, and a second seed changes nothing.
 * The entry counts as created when any of its machines was.
 */
export const machines: SeedStep = {
  folder: 'espaces',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const espace = ref<string>(ctx, 'espaces', entry.key);
    const documents = ctx.strapi.documents(UIDS.machine);
    const stored = await documents.findMany({ filters: { espace: { documentId: espace } } });
    let outcome: Outcome = 'updated';
    for (const item of machinesOf(entry)) {
      const existing = stored.find((machine) => machine.label === item.label);
      // The file's fields as they are: the CMS checks them (enumerations, lengths) and names the one at fault.
      const data = { ...item, espace } as MachineInput;
      let documentId = existing?.documentId;
      if (!existing) {
        documentId = (await documents.create({ data })).documentId;
        outcome = 'created';
      } else if (Object.entries(item).some(([field, value]) => (existing as Record<string, unknown>)[field] !== value)) {
        await documents.update({ documentId: existing.documentId, data });
      }
      remember(ctx, 'machines', machineKey(entry.key, item.label), documentId!);
    }
    return outcome;
  },
};
