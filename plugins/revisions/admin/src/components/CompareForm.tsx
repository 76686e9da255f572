import { Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatDateTime } from '@reseau-epn/admin-kit';
import { getTranslation } from '../utils/getTranslation';
import type { Selection, Version } from '../utils/versions';

interface CompareFormProps {
  /** Newest first. */
  revisions: Version[];
  selection: Selection;
  onChange: (selection: Selection) => void;
  onCompare: () => void;
}

/** Two versions picked among the list, and « Comparer ». */
const CompareForm = ({ revisions, selection, onChange, onCompare }: CompareFormProps) => {
  const { formatMessage } = useIntl();
  const same = selection.older === selection.newer;

  const options = revisions.map((revision) => (
    <SingleSelectOption key={revision.id} value={String(revision.id)}>
      {formatMessage(
        { id: getTranslation('compare.option'), defaultMessage: 'n° {number} · {date} · {author}' },
        { number: revision.number, date: formatDateTime(revision.createdAt), author: revision.authorName },
      )}
    </SingleSelectOption>
  ));

  const select = (key: keyof Selection, label: string) => (
    <Field.Root name={`revisions-compare-${key}`}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={String(selection[key])} onChange={(value: string | number) => onChange({ ...selection, [key]: Number(value) })}>
        {options}
      </SingleSelect>
    </Field.Root>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {select('older', formatMessage({ id: getTranslation('compare.older'), defaultMessage: 'Ancienne version' }))}
      {select('newer', formatMessage({ id: getTranslation('compare.newer'), defaultMessage: 'Nouvelle version' }))}
      {same && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('compare.same'), defaultMessage: 'Choisissez deux versions différentes.' })}
        </Typography>
      )}
      <Button type="button" variant="secondary" fullWidth disabled={same} onClick={onCompare}>
        {formatMessage({ id: getTranslation('compare.submit'), defaultMessage: 'Comparer' })}
      </Button>
    </Flex>
  );
};

export { CompareForm };
