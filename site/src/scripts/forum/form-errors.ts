/**
 * The CMS's errors shown where they belong: a field's message next to the field (linked by
 * aria-describedby, the field marked aria-invalid, the focus moved to the first one), anything
 * else in the form's live region.
 */
import type { ApiError } from './api';

export function clearErrors(form: HTMLFormElement): void {
  for (const error of form.querySelectorAll<HTMLElement>('.field-error')) {
    error.textContent = '';
    error.hidden = true;
  }
  for (const field of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-erreur'));
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
  }
}

/** Shows `error`; returns the text for the live region (what found no field of its own). */
export function showErrors(form: HTMLFormElement, error: ApiError, fallback: string): string {
  clearErrors(form);
  let first: HTMLElement | null = null;
  const elsewhere: string[] = [];
  for (const { path, message } of error.errors) {
    const name = path[0];
    const control = name ? form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) : null;
    const slot = control ? form.querySelector<HTMLElement>(`#${CSS.escape(control.id)}-erreur`) : null;
    if (!control || !slot) {
      elsewhere.push(message);
      continue;
    }
    slot.textContent = message;
    slot.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    ids.add(slot.id);
    control.setAttribute('aria-describedby', [...ids].join(' '));
    first ??= control;
  }
  first?.focus();
  // The live region says it too: the summary, and what found no field of its own.
  return [...new Set([error.message, ...elsewhere].filter(Boolean))].join(' ') || fallback;
}
