/**
 * The new-topic form. Reached from a fiche's « Discuter de cette fiche » with ?fiche=<documentId>,
 * it is prefilled with the fiche (hidden field), its category and a title naming it.
 */
import { fill, onSubmit, text, type Island } from './island';

interface Created {
  topic: { slug: string; title: string };
  post: { state: string };
}

export function setupNewTopic(form: HTMLFormElement, island: Island): void {
  const params = new URLSearchParams(location.search);
  const fiche = params.get('fiche');
  const input = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
  if (fiche) {
    input<HTMLInputElement>('fiche').value = fiche;
    const title = params.get('titre');
    if (title) input<HTMLInputElement>('title').value = fill(island.messages.ficheTopicTitle, { title });
    const category = params.get('categorie');
    if (category && [...input<HTMLSelectElement>('category').options].some((o) => o.value === category)) input<HTMLSelectElement>('category').value = category;
  }
  const topicUrl = form.dataset.topicUrl!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const link = (slug: string, label: string) => {
    const a = Object.assign(document.createElement('a'), { href: topicUrl.replace('__slug__', encodeURIComponent(slug)), textContent: label });
    status.append(' ', a);
  };
  onSubmit(form, island, async (data, say) => {
    const body: Record<string, string> = {
      title: text(data, 'title'),
      category: text(data, 'category'),
      body: text(data, 'body'),
      language: text(data, 'language'),
    };
    if (text(data, 'fiche')) body.fiche = text(data, 'fiche');
    if (text(data, 'website')) body.website = text(data, 'website');
    const answer = await island.api.call<Created>('POST', '/api/forum/topics', body);
    if (answer.ok) {
      form.reset();
      say(answer.data.post.state === 'en_attente' ? island.messages.topicPending : island.messages.topicCreated);
      if (answer.data.post.state !== 'en_attente') link(answer.data.topic.slug, answer.data.topic.title);
      return;
    }
    // The fiche already has its topic: say so and lead there.
    const existing = answer.error.details.slug ?? (answer.error.details.topic as { slug?: string } | undefined)?.slug;
    if (answer.status === 409 && typeof existing === 'string') {
      say(island.messages.topicExists);
      link(existing, existing);
      return;
    }
    return answer;
  });
}
