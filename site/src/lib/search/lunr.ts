/**
 * Lunr with the French stemmer of lunr-languages and the site's own pipeline functions
 * registered: imported by the build (to make the indexes) and by the browser (to load them),
 * which must know the same functions by the same names.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import french from 'lunr-languages/lunr.fr.js';
import { registerPipelines } from './pipeline';

stemmerSupport(lunr);
french(lunr);
registerPipelines(lunr);

export { lunr };
