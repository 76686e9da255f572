import { optionalRef, ref, remember, type SeedContext } from '../context';
import { upsertDocument } from '../documents';
import type { SeedEntry } from '../read-entries';
import { resolveDateTime } from '../relative-date';
import { list, type SeedStep } from '../step';
import { machineKey } from './machines';
import { UIDS } from '@reseau-epn/platform';

interface LogEntry {
  date: string;
  author?: string;
  text: string;
  minutesSpent?: number;
}

export const interventions: SeedStep = {
  folder: 'interventions',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { space, machine, category, assignee, linkedFiche, log: _log, ...fields } = entry.fields;
    const { documentId, outcome } = await upsertDocument(ctx.strapi, UIDS.intervention, {
      filters: { reference: entry.key },
      data: {
        ...fields,
        reference: entry.key,
        space: optionalRef(ctx, 'espaces', space),
        // A machine is named by its label in the intervention's space.
        machine: machine ? ref(ctx, 'machines', machineKey(String(space), String(machine))) : null,
        category: optionalRef(ctx, 'categories', category),
        assignee: optionalRef(ctx, 'membres', assignee),
        linkedFiche: optionalRef(ctx, 'fiches', linkedFiche),
        log: (list(entry, 'log') as LogEntry[]).map((item) => ({
          date: resolveDateTime(item.date, ctx.now),
          author: optionalRef(ctx, 'membres', item.author),
          text: item.text,
          minutesSpent: item.minutesSpent ?? 0,
        })),
      },
    });
    remember(ctx, 'interventions', entry.key, documentId);
    return outcome;
  },
};
