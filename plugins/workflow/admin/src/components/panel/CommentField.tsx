import * as React from 'react';
import { Field, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { COMMENT_MAX } from '../../constants';
import { getTranslation } from '../../utils/getTranslation';

interface CommentFieldProps {
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}

/** The comment the next transition joins to the history (some transitions require one). */
export const CommentField = ({ value, onChange, disabled }: CommentFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root
      name="workflow-comment"
      hint={formatMessage(
        {
          id: getTranslation('panel.comment.hint'),
          defaultMessage: 'Joint à l’historique ; certaines transitions l’exigent. {max} caractères au plus.',
        },
        { max: COMMENT_MAX },
      )}
    >
      <Field.Label>{formatMessage({ id: getTranslation('panel.comment.label'), defaultMessage: 'Commentaire (facultatif)' })}</Field.Label>
      <Textarea
        value={value}
        maxLength={COMMENT_MAX}
        disabled={disabled}
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      />
      <Field.Hint />
    </Field.Root>
  );
};
