/**
 * Posts the island adds to a topic page: built from the page's own <template> of a post (the
 * build renders it with PostArticle, so they look like the others). The body is the `html` the
 * CMS rendered with the project's Markdown pipeline (forum profile): the only HTML the island
 * inserts, never the Markdown source or any other text.
 */
import { fill, type Island } from './island';

/** A post as the forum routes send it (PublicPost, and MyPost's state for one's own). */
export interface WirePost {
  documentId: string;
  author: { documentId: string; displayName: string; espace: { slug: string; name: string } | null } | null;
  body: string;
  html: string;
  language: string;
  opening: boolean;
  createdAt: string;
  editedAt: string | null;
  state?: 'en_attente' | 'publie' | 'refuse' | 'masque';
  moderationReason?: string | null;
}

export const postElement = (documentId: string): HTMLElement | null => document.querySelector<HTMLElement>(`[data-post="${CSS.escape(documentId)}"]`);

const when = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'br' ? 'fr-FR' : locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

/** Puts the server-rendered body in place, with the post's language when it differs from the page's. */
export function setBody(article: HTMLElement, post: WirePost, island: Island): void {
  const body = article.querySelector<HTMLElement>('.post-body')!;
  body.innerHTML = post.html; // the CMS's pipeline output (see above)
  if (post.language !== island.locale) body.lang = post.language;
  else body.removeAttribute('lang');
  if (post.editedAt) {
    const meta = article.querySelector<HTMLElement>('.post-header .meta')!;
    meta.querySelector('.edited')?.remove();
    meta.append(
      Object.assign(document.createElement('span'), {
        className: 'edited',
        textContent: ` · ${fill(island.messages.edited, { date: when(post.editedAt, island.locale) })}`,
      }),
    );
  }
}

/** Marks one's own post that others do not see yet (or any more), and why. */
export function setState(article: HTMLElement, post: WirePost, island: Island): void {
  article.querySelector('.post-status')?.remove();
  const label =
    post.state === 'en_attente'
      ? island.messages.pending
      : post.state === 'refuse'
        ? island.messages.refused
        : post.state === 'masque'
          ? island.messages.hidden
          : '';
  if (!label) return;
  const badge = Object.assign(document.createElement('p'), { className: 'post-status notice' });
  badge.textContent = post.moderationReason ? `${label} — ${post.moderationReason}` : label;
  article.querySelector('.post-header')!.after(badge);
}

/** A new article for `post`, from the page's template. */
export function buildPost(template: HTMLTemplateElement, post: WirePost, island: Island): HTMLElement {
  const article = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  article.id = `message-${post.documentId}`;
  article.dataset.post = post.documentId;
  const authorLine = article.querySelector<HTMLElement>('.author')!;
  authorLine.id = `auteur-${post.documentId}`;
  article.setAttribute('aria-labelledby', authorLine.id);
  authorLine.replaceChildren();
  if (post.author) {
    const memberUrl = template.dataset.memberUrl!.replace('__id__', encodeURIComponent(post.author.documentId));
    authorLine.append(Object.assign(document.createElement('a'), { href: memberUrl, textContent: post.author.displayName }));
    if (post.author.espace) {
      const spaceUrl = template.dataset.spaceUrl!.replace('__slug__', encodeURIComponent(post.author.espace.slug));
      authorLine.append(' · ', Object.assign(document.createElement('a'), { href: spaceUrl, textContent: post.author.espace.name, className: 'espace' }));
    }
  } else {
    authorLine.append(Object.assign(document.createElement('span'), { className: 'former', textContent: island.messages.formerMember }));
  }
  const time = article.querySelector('time')!;
  time.dateTime = post.createdAt;
  time.textContent = when(post.createdAt, island.locale);
  setBody(article, post, island);
  setState(article, post, island);
  return article;
}
