/** A post's buttons: « Modifier » on one's own (in place, Markdown source), « Signaler » on others'. */
import { FLAG_REASONS_ORDER } from './flag-reasons';
import { onSubmit, text, type Island } from './island';
import { setBody, setState, type WirePost } from './posts-dom';

let unique = 0;

function button(label: string): HTMLButtonElement {
  return Object.assign(document.createElement('button'), { type: 'button', textContent: label, className: 'link-button' });
}

/** A small form opened under the post, with its own live region; focus goes to its first field. */
function openForm(article: HTMLElement, build: (form: HTMLFormElement, id: string) => void): HTMLFormElement {
  article.querySelector('form.post-form')?.remove();
  const form = Object.assign(document.createElement('form'), { className: 'post-form', noValidate: false });
  const id = `action-${(unique += 1)}`;
  build(form, id);
  const status = Object.assign(document.createElement('p'), { className: 'form-status' });
  status.setAttribute('role', 'status');
  form.append(status);
  article.append(form);
  form.querySelector<HTMLElement>('textarea, select')?.focus();
  return form;
}

function field(form: HTMLFormElement, id: string, label: string, control: HTMLElement): void {
  const wrapper = Object.assign(document.createElement('p'), { className: 'field' });
  const labelElement = Object.assign(document.createElement('label'), { htmlFor: id, textContent: label });
  control.id = id;
  const error = Object.assign(document.createElement('span'), { className: 'field-error', id: `${id}-erreur`, hidden: true });
  wrapper.append(labelElement, control, error);
  form.append(wrapper);
}

function actions(form: HTMLFormElement, submit: string, cancel: string, back: HTMLElement): void {
  const row = document.createElement('p');
  const send = Object.assign(document.createElement('button'), { type: 'submit', textContent: submit });
  const close = button(cancel);
  close.addEventListener('click', () => {
    form.remove();
    back.focus();
  });
  row.append(send, ' ', close);
  form.append(row);
}

function edit(article: HTMLElement, island: Island, trigger: HTMLElement): void {
  const { messages, api } = island;
  void api
    .call<WirePost[]>('GET', `/api/forum/me/posts?topic=${encodeURIComponent(article.closest<HTMLElement>('[data-topic-id]')!.dataset.topicId!)}`)
    .then((answer) => {
      const post = answer.ok ? answer.data.find((p) => p.documentId === article.dataset.post) : undefined;
      if (!post) return island.say(answer.ok ? messages.unreachable : answer.error.message || messages.unreachable);
      const form = openForm(article, (f, id) => {
        const area = Object.assign(document.createElement('textarea'), { name: 'body', required: true, maxLength: 10_000, rows: 8, value: post.body });
        field(f, id, messages.editLabel, area);
        actions(f, messages.save, messages.cancel, trigger);
      });
      onSubmit(form, island, async (data, say) => {
        const saved = await api.call<WirePost>('PUT', `/api/forum/posts/${encodeURIComponent(post.documentId)}`, { body: text(data, 'body') });
        if (saved.ok) {
          setBody(article, saved.data, island);
          setState(article, saved.data, island);
          form.remove();
          island.say(saved.data.state === 'en_attente' ? messages.replyPending : messages.saved);
          trigger.focus();
          return;
        }
        say('');
        return saved;
      });
    });
}

function flag(article: HTMLElement, island: Island, trigger: HTMLElement): void {
  const { messages, api } = island;
  const form = openForm(article, (f, id) => {
    const select = Object.assign(document.createElement('select'), { name: 'reason', required: true });
    for (const reason of FLAG_REASONS_ORDER) select.append(new Option(messages.flagReasons[reason], reason));
    field(f, id, messages.flagReason, select);
    actions(f, messages.flagSend, messages.cancel, trigger);
  });
  onSubmit(form, island, async (data) => {
    const answer = await api.call('POST', `/api/forum/posts/${encodeURIComponent(article.dataset.post!)}/flags`, { reason: text(data, 'reason') });
    if (answer.ok || answer.status === 409) {
      form.remove();
      trigger.remove();
      island.say(answer.ok ? messages.flagDone : messages.flagAlready);
      return;
    }
    return answer;
  });
}

export function addPostActions(article: HTMLElement, island: Island, mine: boolean): void {
  const bar = article.querySelector<HTMLElement>('.post-actions')!;
  bar.replaceChildren();
  if (!island.api.current) return;
  const trigger = button(mine ? island.messages.edit : island.messages.flag);
  trigger.addEventListener('click', () => (mine ? edit(article, island, trigger) : flag(article, island, trigger)));
  bar.append(trigger);
}
