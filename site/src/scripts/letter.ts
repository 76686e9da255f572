/**
 * The weekly letter's forms, in the browser: subscribe, confirm a subscription from the emailed
 * link, and read or change one's preferences. Each talks to the CMS's public digest routes.
 */
import { formatForms, type MessageForms } from '@reseau-epn/platform';

interface Messages {
  sending: string;
  /** The CMS's own explanation, in `{message}`. */
  error: MessageForms;
  unreachable: string;
  missing: string;
  preferences: string;
  saved: string;
  /** Coming back after unsubscribing: confirmed from the mailbox first. */
  confirmationSent: string;
  loading: string;
}

type Json = { data?: Record<string, unknown>; error?: { message?: string } };

async function call(url: string, method: string, body?: unknown): Promise<{ ok: boolean; json: Json }> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { ok: response.ok, json: (await response.json().catch(() => ({}))) as Json };
}

const checkedSections = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[name="sections"]:checked')].map((input) => input.value);

export function setupLetterForm(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const api = `${root.dataset.api}/api/digest`;
  const token = new URLSearchParams(location.search).get('token');
  const say = (text: string): void => {
    status.textContent = text;
  };
  const fail = (json: Json): void => say(json.error?.message ? formatForms(messages.error, { message: json.error.message }) : messages.unreachable);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch {
      say(messages.unreachable);
    }
  };

  if (root.dataset.letter === 'subscribe') {
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      const data = new FormData(form);
      say(messages.sending);
      void run(async () => {
        const { ok, json } = await call(`${api}/subscriptions`, 'POST', {
          email: data.get('email'),
          language: data.get('language'),
          interests: { sections: checkedSections(form) },
        });
        if (!ok) return fail(json);
        say(String(json.data?.message ?? ''));
        form.reset();
      });
    });
    return;
  }

  if (!token) {
    say(messages.missing);
    return;
  }

  if (root.dataset.letter === 'confirm') {
    say(messages.sending);
    void run(async () => {
      const { ok, json } = await call(`${api}/confirm`, 'POST', { token });
      if (!ok) return fail(json);
      say(String(json.data?.message ?? ''));
      const link = document.createElement('a');
      link.href = `${root.dataset.preferencesUrl}?token=${encodeURIComponent(String(json.data?.preferencesToken ?? ''))}`;
      link.textContent = messages.preferences;
      root.append(Object.assign(document.createElement('p'), { className: 'next' }));
      root.lastElementChild!.append(link);
    });
    return;
  }

  // Preferences: load, fill the form, save.
  const url = `${api}/preferences?token=${encodeURIComponent(token)}`;
  say(messages.loading);
  void run(async () => {
    const { ok, json } = await call(url, 'GET');
    if (!ok) return fail(json);
    const prefs = json.data as { language: string; interests: { sections: string[] }; subscribed: boolean };
    (form.elements.namedItem('language') as HTMLSelectElement).value = prefs.language;
    form.querySelectorAll<HTMLInputElement>('input[name="sections"]').forEach((input) => (input.checked = prefs.interests.sections.includes(input.value)));
    (form.elements.namedItem('subscribed') as HTMLInputElement).checked = prefs.subscribed;
    form.hidden = false;
    say('');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    say(messages.sending);
    void run(async () => {
      const { ok, json } = await call(url, 'PUT', {
        language: data.get('language'),
        interests: { sections: checkedSections(form) },
        subscribed: data.get('subscribed') === 'on',
      });
      if (!ok) return fail(json);
      say(json.data?.confirmationSent ? messages.confirmationSent : messages.saved);
    });
  });
}
