import { isLocale, type Locale } from '@reseau-epn/platform';
import type { FieldIssue } from '@reseau-epn/platform/strapi';

/**
 * Reads a public form's fields, from a plain form post (urlencoded strings) or JSON alike, and
 * collects what is wrong per field instead of stopping at the first: the answer names them all.
 * Messages are French, as Strapi's own 400s; the error page puts each field's label in the
 * visitor's language next to it.
 */
export class FormInput {
  readonly issues: FieldIssue[] = [];
  private readonly body: Record<string, unknown>;

  constructor(body: unknown) {
    this.body = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  }

  /** A filled honeypot (`website`, hidden from people): answered like a success, nothing written. */
  get isRobot(): boolean {
    const trap = this.body.website;
    return trap !== undefined && trap !== null && trap !== '';
  }

  /** The page's language; French when missing or unknown (it only picks the wording). */
  get locale(): Locale {
    return isLocale(this.body.locale) ? this.body.locale : 'fr';
  }

  private fail(field: string, message: string): undefined {
    this.issues.push({ path: [field], message });
    return undefined;
  }

  /** Trimmed text; `required` refuses an empty one; `max` in characters. */
  text(field: string, { required = false, max }: { required?: boolean; max: number }): string | undefined {
    const value = this.body[field];
    if (value !== undefined && value !== null && typeof value !== 'string') return this.fail(field, 'texte attendu');
    const text = (value ?? '').trim();
    if (!text) return required ? this.fail(field, 'champ requis') : undefined;
    if (text.length > max) return this.fail(field, `${max} caractères au plus`);
    return text;
  }

  email(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 254 });
    if (text === undefined) return undefined;
    // The shape mail servers accept; whether it exists, the confirmation mail tells.
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? text.toLowerCase() : this.fail(field, 'adresse email invalide');
  }

  phone(field: string): string | undefined {
    const text = this.text(field, { max: 30 });
    if (text === undefined) return undefined;
    return /^\+?[0-9 .()-]{6,}$/.test(text) ? text : this.fail(field, 'numéro de téléphone invalide');
  }

  choice<T extends string>(field: string, values: readonly T[], fallback?: T): T | undefined {
    const text = this.text(field, { required: fallback === undefined, max: 64 });
    if (text === undefined) return fallback;
    return (values as readonly string[]).includes(text) ? (text as T) : this.fail(field, `valeur attendue : ${values.join(', ')}`);
  }

  /** A calendar day YYYY-MM-DD that exists. */
  date(field: string): string | undefined {
    const text = this.text(field, { required: true, max: 10 });
    if (text === undefined) return undefined;
    // A month 13 gives an Invalid Date, whose toISOString() throws (a 500): test the time first.
    const day = new Date(`${text}T00:00:00Z`);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
    return valid ? text : this.fail(field, 'date attendue au format AAAA-MM-JJ');
  }

  /** A documentId-like reference to another entry (checked against the database by the caller). */
  reference(field: string, { required }: { required: boolean }): string | undefined {
    const text = this.text(field, { required, max: 64 });
    if (text === undefined) return undefined;
    return /^[A-Za-z0-9:_-]+$/.test(text) ? text : this.fail(field, 'identifiant invalide');
  }

  /** For checks made after reading (an unknown space, dates in the wrong order). */
  refuse(field: string, message: string): void {
    this.fail(field, message);
  }
}
