/**
 * A server command's `run()`, which packages/launcher/run.cjs calls once the command's module and
 * its imports are loaded: starts `main` and, should it fail, says so in one line and exits with 1.
 */
export function command(main: () => Promise<void>, failure = 'Le démarrage a échoué'): () => void {
  return () => {
    main().catch((error: Error) => {
      console.error(`\n${failure} : ${error.message}`);
      process.exit(1);
    });
  };
}
