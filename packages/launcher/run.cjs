/**
 * Runs a launcher command that keeps running (`npm start`, `npm run serve`, `serve:cms`,
 * `serve:builder`) as plain Node runs a server: tsx's hook compiles the launcher's own TypeScript
 * while it loads, and is removed before the command starts Strapi. Left in place (`tsx
 * src/serve.ts`), the hook also handles each of the ~8,000 modules Strapi loads and holds on to
 * them: a freshly booted CMS measured 60 to 90 MB more resident memory under it, for the
 * server's whole life. The CMS itself is compiled JavaScript (cms/dist, the plugins' dist).
 *
 * Usage: node packages/launcher/run.cjs packages/launcher/src/serve.ts
 * The module exports `run()`, which starts the command and reports its own failure; it sees
 * process.argv as if it had been run directly (this file taken out).
 */
const path = require('node:path');
const { register } = require('tsx/cjs/api');

const entry = process.argv[2];
if (!entry) {
  console.error('Usage : node packages/launcher/run.cjs <commande.ts>');
  process.exit(2);
}
process.argv.splice(1, 1);
const unregister = register();
// Everything the command imports loads here, synchronously, while the hook is in place.
const command = require(path.resolve(entry));
// Removing the hook also turns off source maps, which it had turned on: left on, Node would read
// and keep the maps of Strapi's modules too (19 MB more heap after boot, measured). A stack trace
// from the launcher's code then points into tsx's output; NODE_OPTIONS=--enable-source-maps maps it.
unregister();
command.run();
