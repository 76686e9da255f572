import { Typography } from '@strapi/design-system';
import { useStateLabel } from '../../utils/states';

const NoState = () => <Typography textColor="neutral800">-</Typography>;

/** A state key as its label, from the list row itself (`reviewState` of a fiche, `state` of an intervention or a loan). */
export function StateLabelCell({ state }: { state: unknown }) {
  const label = useStateLabel();
  if (typeof state !== 'string' || !state) return <NoState />;
  return <Typography textColor="neutral800">{label(state)}</Typography>;
}
