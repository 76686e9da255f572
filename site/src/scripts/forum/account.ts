/**
 * The account page's forms (log in, sign up, forgotten password, one's profile) and the
 * password-reset page's. Parts marked data-when="in" show to a logged-in member, "out" to others.
 */
import { fill, onSubmit, text, type Island } from './island';

interface Profile {
  documentId: string;
  username: string;
  espace: { documentId: string } | null;
  bio: string | null;
  notifyReplies: boolean;
  moderatedPostsLeft: number;
}

const formOf = (root: ParentNode, name: string) => root.querySelector<HTMLFormElement>(`form[data-forum-form="${name}"]`);

/** Shows the parts for who is (not) logged in; forms appear only once the script runs. */
export function setupSessionParts(root: ParentNode, island: Island): void {
  const toggle = (): void => {
    const inside = island.api.current !== null;
    for (const part of root.querySelectorAll<HTMLElement>('[data-when]')) part.hidden = (part.dataset.when === 'in') !== inside;
  };
  island.api.onSession(toggle);
  toggle();
}

export function setupAccount(root: ParentNode, island: Island): void {
  const { api, messages } = island;
  const login = formOf(root, 'login');
  if (login) {
    onSubmit(login, island, async (data, say) => {
      const answer = await api.login(text(data, 'identifier'), text(data, 'password'));
      if (answer.ok) {
        login.reset();
        say('');
        island.say(fill(messages.loginDone, { name: answer.data.user.username }));
      }
      return answer;
    });
  }

  const signup = formOf(root, 'signup');
  if (signup) {
    onSubmit(signup, island, async (data, say) => {
      const body: Record<string, string> = { username: text(data, 'username'), email: text(data, 'email'), password: text(data, 'password') };
      // The honeypot goes only when filled: people leave it empty, the server judges the rest.
      if (text(data, 'website')) body.website = text(data, 'website');
      const answer = await api.call('POST', '/api/auth/local/register', body);
      if (answer.ok) {
        signup.reset();
        say(messages.signupDone);
      }
      return answer;
    });
  }

  const forgot = formOf(root, 'forgot');
  if (forgot) {
    onSubmit(forgot, island, async (data, say) => {
      const answer = await api.call('POST', '/api/auth/forgot-password', { email: text(data, 'email') });
      if (answer.ok) say(messages.forgotDone);
      return answer;
    });
  }

  const reset = formOf(root, 'reset');
  if (reset) {
    const code = new URLSearchParams(location.search).get('code');
    if (!code) island.say(messages.resetMissingCode);
    onSubmit(reset, island, async (data, say) => {
      const answer = await api.call('POST', '/api/auth/reset-password', {
        code: code ?? '',
        password: text(data, 'password'),
        passwordConfirmation: text(data, 'passwordConfirmation'),
      });
      if (answer.ok) {
        reset.reset();
        say(messages.resetDone);
      }
      return answer;
    });
  }

  const profile = formOf(root, 'profile');
  if (profile) setupProfile(profile, island);
}

function setupProfile(form: HTMLFormElement, island: Island): void {
  const { api, messages } = island;
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T | null;
  // Loading speaks in the form's own region: the page's announces the log-in meanwhile.
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const say = (text: string) => void (status.textContent = text);
  const load = async (): Promise<void> => {
    if (!api.current) return;
    say(messages.profileLoading);
    const answer = await api.call<Profile>('GET', '/api/forum/me');
    if (!answer.ok) return say(answer.error.message || messages.unreachable);
    const me = answer.data;
    field<HTMLInputElement>('username')!.value = me.username;
    field<HTMLSelectElement>('espace')!.value = me.espace?.documentId ?? '';
    field<HTMLTextAreaElement>('bio')!.value = me.bio ?? '';
    field<HTMLInputElement>('notifyReplies')!.checked = me.notifyReplies;
    const link = form.querySelector<HTMLAnchorElement>('[data-member-link]');
    if (link) link.href = link.dataset.memberLink!.replace('__id__', encodeURIComponent(me.documentId));
    say('');
  };
  api.onSession(() => void load().catch(() => say(messages.unreachable)));
  onSubmit(form, island, async (data, say) => {
    const answer = await api.call<Profile>('PUT', '/api/forum/me', {
      username: text(data, 'username'),
      espace: text(data, 'espace') || null,
      bio: text(data, 'bio') || null,
      notifyReplies: data.get('notifyReplies') === 'on',
    });
    if (answer.ok) {
      api.rename(answer.data.username);
      say(messages.profileSaved);
    }
    return answer;
  });
}
