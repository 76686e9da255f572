import * as React from 'react';
import { errorMessage, formatDay, isAbortError } from '@reseau-epn/admin-kit';
import { Badge, Box, Flex, Loader, Tabs, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { DigestPreview, Language, Section as SectionKey } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { LanguageSelect } from './LanguageSelect';
import { Section } from './Section';

const SECTION_NAMES: Record<SectionKey, { id: string; defaultMessage: string }> = {
  fiches: { id: getTranslation('section.fiches'), defaultMessage: 'Fiches : {count}' },
  calendar: { id: getTranslation('section.calendar'), defaultMessage: 'Ateliers et formations : {count}' },
  forum: { id: getTranslation('section.forum'), defaultMessage: 'Sujets du forum : {count}' },
  spaces: { id: getTranslation('section.spaces'), defaultMessage: 'Espaces : {count}' },
};

/** The next letter as it stands now, every item in it, in HTML and in text, per language. */
export const PreviewSection = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [language, setLanguage] = React.useState<Language>('fr');
  const [preview, setPreview] = React.useState<DigestPreview | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const failed = formatMessage({ id: getTranslation('preview.error'), defaultMessage: 'Impossible de préparer l’aperçu.' });

  React.useEffect(() => {
    let current = true;
    setPreview(null);
    get<{ data: DigestPreview }>(`/digest/preview?locale=${language}`).then(
      (response) => {
        if (current) {
          setPreview(response.data.data);
          setError(null);
        }
      },
      (caught: unknown) => {
        if (current && !isAbortError(caught)) setError(errorMessage(caught, failed));
      },
    );
    return () => {
      current = false;
    };
  }, [get, language, failed]);

  return (
    <Section title={formatMessage({ id: getTranslation('preview.title'), defaultMessage: 'Aperçu de la prochaine lettre' })}>
      <Box maxWidth="320px">
        <LanguageSelect value={language} onChange={setLanguage} />
      </Box>
      {error && (
        <Typography tag="p" role="alert" textColor="danger600">
          {error}
        </Typography>
      )}
      {!preview && !error && <Loader small>{formatMessage({ id: getTranslation('preview.loading'), defaultMessage: 'Préparation de l’aperçu…' })}</Loader>}
      {preview && (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography tag="p">
            <strong>{preview.subject}</strong>
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {formatMessage(
              { id: getTranslation('preview.period'), defaultMessage: 'Nouveautés du {from} au {to}' },
              { from: formatDay(preview.periodStart), to: formatDay(preview.periodEnd) },
            )}
          </Typography>
          <Flex tag="ul" gap={2} wrap="wrap">
            {(Object.keys(SECTION_NAMES) as SectionKey[]).map((key) => (
              <Box tag="li" key={key}>
                <Badge>{formatMessage(SECTION_NAMES[key], { count: preview.counts[key] })}</Badge>
              </Box>
            ))}
          </Flex>
          <Tabs.Root defaultValue="html">
            <Tabs.List aria-label={formatMessage({ id: getTranslation('preview.format'), defaultMessage: 'Format de l’aperçu' })}>
              <Tabs.Trigger value="html">{formatMessage({ id: getTranslation('preview.html'), defaultMessage: 'HTML' })}</Tabs.Trigger>
              <Tabs.Trigger value="text">{formatMessage({ id: getTranslation('preview.text'), defaultMessage: 'Texte seul' })}</Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="html">
              {/* sandbox without permissions: the letter's HTML runs nothing inside the admin. */}
              <iframe
                title={formatMessage({ id: getTranslation('preview.frame'), defaultMessage: 'Aperçu HTML de la lettre' })}
                srcDoc={preview.html}
                sandbox=""
                style={{ width: '100%', height: '720px', border: 0, background: '#f3f4f6' }}
              />
            </Tabs.Content>
            <Tabs.Content value="text">
              <Box tag="pre" padding={4} background="neutral100" hasRadius style={{ whiteSpace: 'pre-wrap', maxHeight: '720px', overflow: 'auto' }}>
                {preview.text}
              </Box>
            </Tabs.Content>
          </Tabs.Root>
        </Flex>
      )}
    </Section>
  );
};
