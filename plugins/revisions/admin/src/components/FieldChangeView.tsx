import * as React from 'react';
import { Box, Flex, TextButton, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FieldChange } from '../../../shared/contracts';
import { formatValue } from '../utils/format-value';
import { getTranslation } from '../utils/getTranslation';
import { unchangedContext } from '../utils/text-context';

type TextPart = Extract<FieldChange, { kind: 'text' }>['parts'][number];

/** Long texts keep their line breaks; long words and URLs wrap instead of widening the modal. */
const TEXT_STYLE: React.CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };

interface FieldChangeViewProps {
  change: FieldChange;
  /** The field's label in the edit view (its name when it has none). */
  label: string;
}

/** One changed field: its name, then the words added and removed, or its value before → after. */
const FieldChangeView = ({ change, label }: FieldChangeViewProps) => {
  const headingId = React.useId();

  return (
    <Flex tag="section" aria-labelledby={headingId} direction="column" alignItems="stretch" gap={2}>
      <Typography id={headingId} tag="h3" variant="delta">
        {label}
        {label !== change.field && (
          <Typography variant="pi" textColor="neutral600" fontWeight="regular">
            {' '}
            ({change.field})
          </Typography>
        )}
      </Typography>
      {change.kind === 'text' ? <TextDiff parts={change.parts} /> : <ValueDiff before={change.before} after={change.after} />}
    </Flex>
  );
};

/* -------------------------------------------------------------------------------------------------
 * Text, word by word
 * -----------------------------------------------------------------------------------------------*/

/**
 * The new text with the removed words struck through in place. Colour is not the only sign:
 * <ins>/<del> are underlined / struck through, and say « ajouté : » / « supprimé : » to a
 * screen reader (which most do not announce those elements by themselves). Long unchanged
 * passages are cut down to the context of the changes, unless the whole text is asked for.
 */
const TextDiff = ({ parts }: { parts: TextPart[] }) => {
  const { formatMessage } = useIntl();
  const [whole, setWhole] = React.useState(false);
  const added = formatMessage({ id: getTranslation('diff.added'), defaultMessage: 'ajouté :' });
  const removed = formatMessage({ id: getTranslation('diff.removed'), defaultMessage: 'supprimé :' });
  const gap = formatMessage({ id: getTranslation('diff.gap'), defaultMessage: 'passage inchangé' });

  const unchanged = (value: string, index: number) => {
    const position = { first: index === 0, last: index === parts.length - 1 };
    return unchangedContext(value, position).map((segment, segmentIndex) =>
      segment.kind === 'text' ? (
        <React.Fragment key={`${index}-${segmentIndex}`}>{segment.value}</React.Fragment>
      ) : (
        <Typography key={`${index}-${segmentIndex}`} textColor="neutral600">
          <span aria-hidden>[…]</span>
          <VisuallyHidden>{`(${gap})`}</VisuallyHidden>
        </Typography>
      ),
    );
  };
  const trimmed = parts.some((part, index) => !part.added && !part.removed && unchanged(part.value, index).length > 1);

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Box padding={3} background="neutral100" hasRadius>
        <Typography tag="p" variant="omega" style={TEXT_STYLE}>
          {parts.map((part, index) => {
            if (part.added) {
              return (
                <Typography key={index} tag="ins" textColor="success700" background="success100" textDecoration="underline">
                  <VisuallyHidden>{`${added} `}</VisuallyHidden>
                  {part.value}
                </Typography>
              );
            }
            if (part.removed) {
              return (
                <Typography key={index} tag="del" textColor="danger700" background="danger100" textDecoration="line-through">
                  <VisuallyHidden>{`${removed} `}</VisuallyHidden>
                  {part.value}
                </Typography>
              );
            }
            return whole ? <React.Fragment key={index}>{part.value}</React.Fragment> : unchanged(part.value, index);
          })}
        </Typography>
      </Box>
      {(trimmed || whole) && (
        <Box>
          <TextButton type="button" aria-pressed={whole} onClick={() => setWhole((value) => !value)}>
            {whole
              ? formatMessage({ id: getTranslation('diff.showChanges'), defaultMessage: 'N’afficher que les passages modifiés' })
              : formatMessage({ id: getTranslation('diff.showWhole'), defaultMessage: 'Afficher le texte entier' })}
          </TextButton>
        </Box>
      )}
    </Flex>
  );
};

/* -------------------------------------------------------------------------------------------------
 * Any other value, before → after
 * -----------------------------------------------------------------------------------------------*/

const ValueDiff = ({ before, after }: { before: unknown; after: unknown }) => {
  const { formatMessage } = useIntl();

  return (
    <Flex gap={2} wrap="wrap" alignItems="flex-start">
      <Value value={before} label={formatMessage({ id: getTranslation('diff.before'), defaultMessage: 'avant :' })} />
      {/* Level with the first line of the values, which sit in padded boxes. */}
      <Box paddingTop={2} aria-hidden>
        <Typography variant="omega">→</Typography>
      </Box>
      <Value value={after} label={formatMessage({ id: getTranslation('diff.after'), defaultMessage: 'après :' })} />
    </Flex>
  );
};

const Value = ({ value, label }: { value: unknown; label: string }) => {
  const { formatMessage } = useIntl();
  const text = formatValue(value);
  // Lists and objects are shown as JSON, which reads better in a fixed-width font.
  const structured = typeof value === 'object' && text !== null;

  return (
    <Box padding={2} background="neutral100" hasRadius maxWidth="100%">
      <Typography
        tag={structured ? 'pre' : 'span'}
        variant="omega"
        textColor={text === null ? 'neutral600' : undefined}
        style={{
          ...TEXT_STYLE,
          margin: 0,
          ...(structured ? { fontFamily: 'monospace' } : {}),
          ...(text === null ? { fontStyle: 'italic' } : {}),
        }}
      >
        <VisuallyHidden>{`${label} `}</VisuallyHidden>
        {text ?? formatMessage({ id: getTranslation('diff.emptyValue'), defaultMessage: '(vide)' })}
      </Typography>
    </Box>
  );
};

export { FieldChangeView };
