import * as React from 'react';
import { defineSidePanel, PanelStates, useAdminData, type SavedEntryProps } from '@reseau-epn/admin-kit';
import { UIDS } from '@reseau-epn/platform';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { FICHES_FOR_SPACE_PATH, type FicheForSpace, type FichesForSpaceResponse } from '../../spaces/fiches-contract';

type EspaceUid = typeof UIDS.espace;
const isEspace = (model: string): model is EspaceUid => model === UIDS.espace;

/** Message ids of this panel: the app's own, not a plugin's. */
const t = (id: string) => `reseau.fichesForSpace.${id}`;

/** The list, loaded on mount and after each save (the space's systems or machines may have changed). */
const FichesForSpaceContent = ({ documentId, updatedAt }: SavedEntryProps<EspaceUid>) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const load = React.useCallback(
    async () => (await get<FichesForSpaceResponse>(`${FICHES_FOR_SPACE_PATH}/${encodeURIComponent(documentId)}`)).data.data,
    [get, documentId],
  );
  const { data, error } = useAdminData<FicheForSpace[]>({
    load,
    reloadKey: updatedAt,
    fallbackMessage: formatMessage({ id: t('error'), defaultMessage: 'Impossible de charger les fiches de cet espace.' }),
  });

  return (
    <PanelStates
      ready={data !== null}
      error={error}
      loadingLabel={formatMessage({ id: t('loading'), defaultMessage: 'Chargement des fiches…' })}
      empty={
        data?.length === 0 &&
        formatMessage({
          id: t('empty'),
          defaultMessage: 'Aucune fiche publiée ne porte encore sur les systèmes ou logiciels de cet espace.',
        })
      }
    >
      <Flex
        tag="ul"
        direction="column"
        alignItems="stretch"
        gap={2}
        aria-label={formatMessage({ id: t('list'), defaultMessage: 'Fiches qui portent sur les systèmes et logiciels de cet espace' })}
      >
        {(data ?? []).map((fiche) => (
          <Box key={fiche.documentId} tag="li" padding={2} background="neutral100" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={1}>
              <Typography variant="omega" fontWeight="bold" style={{ overflowWrap: 'anywhere' }}>
                {fiche.title}
              </Typography>
              {fiche.summary && (
                <Typography tag="p" variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
                  {fiche.summary}
                </Typography>
              )}
              <Flex gap={3} wrap="wrap">
                {fiche.editPath && (
                  <Link tag={RouterLink} to={fiche.editPath}>
                    {formatMessage({ id: t('edit'), defaultMessage: 'Ouvrir la fiche' })}
                  </Link>
                )}
                <Link href={fiche.siteUrl} isExternal>
                  {formatMessage({ id: t('site'), defaultMessage: 'Voir sur le site' })}
                </Link>
              </Flex>
            </Flex>
          </Box>
        ))}
      </Flex>
    </PanelStates>
  );
};

/**
 * « Fiches pour cet espace » in a space's edit view: the published fiches about the systems and
 * software the space runs (its declared ones and its machines'), for whoever may read the space.
 */
export const FichesForSpacePanel = defineSidePanel({
  name: 'FichesForSpacePanel',
  appliesTo: isEspace,
  title: { id: t('title'), defaultMessage: 'Fiches pour cet espace' },
  Content: FichesForSpaceContent,
});
