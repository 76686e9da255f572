import { t } from './i18n';
import { toLieux, type Lieu } from './opendata';
import { getOpenDataSources } from './spaces';

/**
 * The records of the directory's open-data exports, built once for the JSON and CSV endpoints and
 * counted by the open-data page, so the page announces exactly what the files hold.
 */
export async function getOpenDataLieux(): Promise<Lieu[]> {
  return toLieux(await getOpenDataSources(), { source: t('fr', 'site.name') });
}
