import * as React from 'react';
import { unstable_useDocumentLayout as useDocumentLayout } from '@strapi/strapi/admin';

/** `(field) => label` as the edit view shows it (its name when it has none), for the comparison. */
export function useFieldLabel(uid: string): (field: string) => string {
  const { edit } = useDocumentLayout(uid);
  return React.useCallback(
    (field: string) => {
      const label = edit.metadatas[field]?.label;
      return typeof label === 'string' && label ? label : field;
    },
    [edit.metadatas],
  );
}
