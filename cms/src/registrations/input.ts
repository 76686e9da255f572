import type { Locale } from '@reseau-epn/platform';
import { FormInput } from '../public-requests/form-input';

export const EVENT_KINDS = ['atelier', 'formation'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A registration as the form sends it, every field checked; the event's own rules come after. */
export interface RegistrationRequest {
  locale: Locale;
  kind: EventKind;
  event: string;
  name: string;
  email?: string;
  phone?: string;
  places: number;
  accessibilityNeed?: string;
}

/** Control characters other than tab and newline: nothing a person types, trouble in mail headers. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * The form's fields, every problem named at once (the same FormInput as the other public forms;
 * `input.isRobot` and `input.issues` for the caller).
 * Email or phone: at least one, so the team can reach the person; both fields are named when both
 * are missing. `places` is only checked for shape here: its upper bound is the event's.
 */
export function readRegistration(body: unknown): { input: FormInput; request: RegistrationRequest | null } {
  const fields: Record<string, unknown> = body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : {};
  // An API client may send the number of places as a JSON number; a form post sends text.
  if (typeof fields.places === 'number') fields.places = String(fields.places);
  const input = new FormInput(fields);
  const kind = input.choice('kind', EVENT_KINDS);
  const event = input.reference('event', { required: true });
  const name = input.text('name', { required: true, max: 120 })?.replace(CONTROL, '');
  const hasEmail = typeof fields.email === 'string' && fields.email.trim() !== '';
  const email = hasEmail ? input.email('email') : undefined;
  const phone = input.phone('phone');
  if (!hasEmail && phone === undefined && !input.issues.some((issue) => issue.path[0] === 'phone')) {
    input.refuse('email', 'adresse électronique ou téléphone requis');
    input.refuse('phone', 'adresse électronique ou téléphone requis');
  }
  const placesText = input.text('places', { max: 3 }) ?? '1';
  const places = /^\d{1,3}$/.test(placesText) ? Number.parseInt(placesText, 10) : Number.NaN;
  if (!(places >= 1)) input.refuse('places', 'nombre entier de 1 ou plus attendu');
  const accessibilityNeed = input.text('accessibilityNeed', { max: 1000 })?.replace(CONTROL, '');
  if (input.issues.length > 0) return { input, request: null };
  return { input, request: { locale: input.locale, kind: kind!, event: event!, name: name!, email, phone, places, accessibilityNeed } };
}
