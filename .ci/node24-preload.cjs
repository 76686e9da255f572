// Preloaded (NODE_OPTIONS=--require <copy of this file>) by every Node process of .ci/run's Node 24
// step: vitest, its workers, and the CMSes and tools the tests start.
'use strict';
const Module = require('node:module');
const path = require('node:path');

// One that fell back to the machine's Node 20 would stop here instead of passing unseen.
if (!process.version.startsWith('v24.')) {
  console.error(`expected Node 24, got ${process.version} (${process.execPath})`);
  process.exit(1);
}

// better-sqlite3 is the one addon built for one Node ABI, and node_modules holds Node 20's build,
// which the other suites load meanwhile: Node 24 loads its own copy wherever the package asks for
// better_sqlite3.node. This file is copied next to that copy's package (<folder>/better-sqlite3), so
// that NODE_OPTIONS alone, which the tests pass on to the CMSes they start, carries everything.
const addon = path.join(__dirname, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const loadAddon = Module._extensions['.node'];
Module._extensions['.node'] = function (module, filename) {
  return loadAddon.call(this, module, path.basename(filename) === 'better_sqlite3.node' ? addon : filename);
};
