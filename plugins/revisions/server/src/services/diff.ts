import { diffWordsWithSpace } from 'diff';
import type { FieldChange } from '../../../shared/contracts';
import { stableJson } from './content-codec';

/**
 * Field-by-field comparison of two versions; text fields word by word (what a wiki shows),
 * everything else (choices, lists, relations, numbers) as before → after.
 */
export function diffContents(before: Record<string, unknown>, after: Record<string, unknown>, textFields: ReadonlySet<string>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = before[field] ?? null;
    const b = after[field] ?? null;
    if (stableJson(a) === stableJson(b)) continue;
    if (textFields.has(field) && (typeof a === 'string' || a === null) && (typeof b === 'string' || b === null)) {
      const parts = diffWordsWithSpace(a ?? '', b ?? '').map((p) => ({
        value: p.value,
        ...(p.added ? { added: true } : {}),
        ...(p.removed ? { removed: true } : {}),
      }));
      changes.push({ field, kind: 'text', parts });
    } else {
      changes.push({ field, kind: 'value', before: a, after: b });
    }
  }
  return changes;
}
