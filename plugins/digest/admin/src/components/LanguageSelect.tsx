import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Language } from '../../../shared/contracts';
import { LETTER_LANGUAGES } from '../constants';
import { getTranslation } from '../utils/getTranslation';

const NAMES: Record<Language, { id: string; defaultMessage: string }> = {
  fr: { id: getTranslation('language.fr'), defaultMessage: 'Français' },
  br: { id: getTranslation('language.br'), defaultMessage: 'Breton' },
  en: { id: getTranslation('language.en'), defaultMessage: 'Anglais' },
};

/** The letter's language, for the preview and the test message. */
export const LanguageSelect = ({ value, onChange }: { value: Language; onChange: (language: Language) => void }) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="locale">
      <Field.Label>{formatMessage({ id: getTranslation('language.label'), defaultMessage: 'Langue de la lettre' })}</Field.Label>
      <SingleSelect value={value} onChange={(next) => onChange(String(next) as Language)}>
        {LETTER_LANGUAGES.map((language) => (
          <SingleSelectOption key={language} value={language}>
            {formatMessage(NAMES[language])}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
