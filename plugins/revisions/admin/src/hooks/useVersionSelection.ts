import * as React from 'react';
import { defaultSelection, type Selection, type Version } from '../utils/versions';

/**
 * The two versions picked for comparison. A fresh list with a new version on top (a save, a
 * restore) brings the selection back to the latest two; otherwise the user's choice stays, as
 * long as both versions are still listed.
 */
export function useVersionSelection(versions: Version[] | null) {
  const [selection, setSelection] = React.useState<Selection | null>(null);
  const [seen, setSeen] = React.useState<Version[] | null>(null);

  // Adjusted while rendering, as React advises for state that follows a prop: no frame shows a
  // selection of versions that are gone.
  if (versions && versions !== seen) {
    const unchanged = (versions[0]?.id ?? null) === (seen?.[0]?.id ?? null);
    const known = (id: number) => versions.some((version) => version.id === id);
    setSeen(versions);
    setSelection((current) => (current && unchanged && known(current.older) && known(current.newer) ? current : defaultSelection(versions)));
  }

  return [selection, setSelection] as const;
}
