/**
 * A CMS started as `npm start` starts it, in a child process of its own: the data directory and
 * the environment the parent gives it (tests/integration/admin/). Prints one line,
 * `READY {"url":…,"setup":…}`, with what `npm start` would print for the first administrator,
 * then keeps serving until killed.
 */
import { adminSetupLink } from '../../cms/src/bootstrap/first-admin';
import { bootCms } from '../../packages/launcher/src/boot';

async function main() {
  const { strapi, url } = await bootCms({ listen: true });
  const setup = await adminSetupLink(strapi, url!);
  console.log(`READY ${JSON.stringify({ url, setup })}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
