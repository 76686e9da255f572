/**
 * A topic page's island: posts published since the build, one's own posts whatever their state
 * (pending ones marked « en attente de modération »), replying, editing one's own posts and
 * flagging the others'.
 */
import { fill, onSubmit, text, type Island } from './island';
import { buildPost, postElement, setBody, setState, type WirePost } from './posts-dom';
import { addPostActions } from './post-actions';

interface TopicRoot {
  id: string;
  slug: string;
  since: string;
  locked: boolean;
  list: HTMLElement;
  template: HTMLTemplateElement;
}

function place(topic: TopicRoot, post: WirePost, island: Island): HTMLElement {
  const existing = postElement(post.documentId);
  if (existing) {
    setBody(existing, post, island);
    setState(existing, post, island);
    return existing;
  }
  const article = buildPost(topic.template, post, island);
  topic.list.append(article);
  return article;
}

/**
 * Posts hidden or refused since the build leave the page at once (the next build drops them):
 * the topic's visible posts, as the CMS has them now. One's own stay, marked with their state.
 */
async function dropHidden(topic: TopicRoot, island: Island, mine: Set<string>): Promise<void> {
  const answer = await island.api.get<{ posts: { documentId: string }[] }>(`/api/forum/topics/${encodeURIComponent(topic.slug)}`);
  if (!answer.ok) return;
  const visible = new Set(answer.data.posts.map((post) => post.documentId));
  for (const article of topic.list.querySelectorAll<HTMLElement>('[data-post]')) {
    if (!visible.has(article.dataset.post!) && !mine.has(article.dataset.post!)) article.remove();
  }
}

async function showNewer(topic: TopicRoot, island: Island): Promise<void> {
  const answer = await island.api.get<WirePost[]>(`/api/forum/topics/${encodeURIComponent(topic.slug)}/posts?since=${encodeURIComponent(topic.since)}`);
  if (!answer.ok) return;
  const fresh = answer.data.filter((post) => !postElement(post.documentId));
  for (const post of answer.data) place(topic, post, island);
  if (fresh.length > 0) island.say(fill(island.messages.newPosts, { count: String(fresh.length) }));
}

/** Buttons on every post: edit on one's own, flag on the others'. */
function refreshActions(topic: TopicRoot, island: Island, mine: Set<string>): void {
  for (const article of topic.list.querySelectorAll<HTMLElement>('[data-post]')) addPostActions(article, island, mine.has(article.dataset.post!));
}

export function setupTopic(root: HTMLElement, island: Island): void {
  const topic: TopicRoot = {
    id: root.dataset.topicId!,
    slug: root.dataset.topicSlug!,
    since: root.dataset.since!,
    locked: root.dataset.locked === 'true',
    list: root.querySelector<HTMLElement>('[data-posts]')!,
    template: root.querySelector<HTMLTemplateElement>('template[data-post-template]')!,
  };
  const mine = new Set<string>();
  const update = async (): Promise<void> => {
    mine.clear();
    await showNewer(topic, island);
    if (island.api.current) {
      // One's own posts, whatever their state: pending ones appear, marked, for their author only.
      const answer = await island.api.call<WirePost[]>('GET', `/api/forum/me/posts?topic=${encodeURIComponent(topic.id)}`);
      if (answer.ok) {
        for (const post of answer.data) {
          mine.add(post.documentId);
          place(topic, post, island);
        }
      }
    }
    await dropHidden(topic, island, mine);
    refreshActions(topic, island, mine);
  };
  island.api.onSession(() => void update().catch(() => undefined));

  const form = root.querySelector<HTMLFormElement>('form[data-forum-form="reply"]');
  if (!form || topic.locked) return;
  onSubmit(form, island, async (data, say) => {
    const body: Record<string, string> = { body: text(data, 'body'), language: text(data, 'language') };
    if (text(data, 'website')) body.website = text(data, 'website');
    const answer = await island.api.call<WirePost>('POST', `/api/forum/topics/${encodeURIComponent(topic.id)}/posts`, body);
    if (answer.ok) {
      form.reset();
      mine.add(answer.data.documentId);
      const article = place(topic, answer.data, island);
      refreshActions(topic, island, mine);
      say(answer.data.state === 'en_attente' ? island.messages.replyPending : island.messages.replySent);
      article.scrollIntoView({ block: 'nearest' });
    }
    return answer;
  });
}
