/**
 * The digest benchmark's measured run (forked by digest.ts): a CMS started afresh on the
 * benchmark's database, as `npm start` would be on a server whose subscribers are already there,
 * sends one issue and reports its time, CPU, memory and phases. In the process that generated
 * the week and the subscribers, the run's peak memory would include that set-up's garbage. It is
 * started as the server commands are (packages/launcher/run.cjs), so its memory is a server's.
 */
import type { RunnerService, RunReport } from '../../plugins/digest/server/src/services/runner';
import { boot, measure, type Measured } from './digest-cms';
import { timePhases, type Phase } from './digest-phases';

export interface MeasuredRun extends Measured<RunReport> {
  rssBefore: number;
  phases: [string, Phase][];
  connections: number;
}

async function main(issueKey: string): Promise<MeasuredRun> {
  const cms = await boot(process.env.DATABASE_FILENAME);
  const runner = cms.strapi.plugin('digest').service('runner') as RunnerService;
  const phases = timePhases(cms.strapi);
  const rssBefore = process.memoryUsage.rss();
  const run = await measure(() => runner.run({ issueKey }));
  return { ...run, rssBefore, phases: phases.report(), connections: cms.strapi.config.get('plugin::digest.connections') as number };
}

/** Called by packages/launcher/run.cjs, as the production commands are: the CMS boots without tsx's hook. */
export function run() {
  main(process.argv[2] ?? 'bench').then(
    (measured) => process.send!(measured, undefined, undefined, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
