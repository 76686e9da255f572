/**
 * A transition's payload from the edit form's unsaved values: a date as typed, a relation by the
 * documentId the form now points it to (the Content Manager keeps relation edits as
 * `{ connect, disconnect }`). Fields left as they were on the form add nothing.
 */
export function formPayload(values: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field];
    if (typeof value === 'string' && value) data[field] = value;
    if (value && typeof value === 'object' && 'connect' in value && Array.isArray(value.connect)) {
      const target: unknown = value.connect.at(-1);
      if (target && typeof target === 'object' && 'documentId' in target && typeof target.documentId === 'string') data[field] = target.documentId;
    }
  }
  return data;
}
