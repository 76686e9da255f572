/** What every part of the island shares: the API, the strings, the page's live region. */
import type { Answer, ApiError, ForumApi } from './api';
import { clearErrors, showErrors } from './form-errors';
import type { IslandMessages } from './messages';

export interface Island {
  api: ForumApi;
  messages: IslandMessages;
  /** The page's language. */
  locale: string;
  accountUrl: string;
  /** Announces a text in the page's live region (role="status"). */
  say: (text: string) => void;
}

/** A message with its {name}-style markers filled. */
export const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A form's own live region (a role="status" inside it), else the page's. */
function statusOf(form: HTMLFormElement, island: Island): (text: string) => void {
  const own = form.querySelector<HTMLElement>('[role="status"]');
  return own ? (text) => void (own.textContent = text) : island.say;
}

/**
 * Wires a form: the browser's own checks first, then `work` with its data; an answer's errors are
 * shown next to their fields, a network failure as « the server does not answer ».
 */
export function onSubmit(form: HTMLFormElement, island: Island, work: (data: FormData, say: (text: string) => void) => Promise<Answer<unknown> | void>): void {
  const say = statusOf(form, island);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    clearErrors(form);
    say(island.messages.sending);
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    work(new FormData(form), say)
      .then((answer) => {
        if (answer && !answer.ok) say(errorText(form, answer.error, island));
      })
      .catch(() => say(island.messages.unreachable))
      .finally(() => {
        if (button) button.disabled = false;
      });
  });
}

export const errorText = (form: HTMLFormElement, error: ApiError, island: Island): string => showErrors(form, error, island.messages.unreachable);

/** A form field's value as text. */
export const text = (data: FormData, name: string): string => String(data.get(name) ?? '');
