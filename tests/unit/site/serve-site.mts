/** Serves a folder in a process of its own, for tests that must see whether the server survives. */
import { serveStatic } from '../../../site/scripts/static-server';

const { url } = await serveStatic(process.argv[2]!);
process.stdout.write(`${url}\n`);
