/**
 * The forum's island: plain TypeScript, bundled by the build into one of the site's own files
 * (the Content-Security-Policy allows no other script), loaded on forum pages only. Pages are
 * complete without it; it adds the session, the forms and what was published since the build.
 */
import { ForumApi } from './api';
import { setupAccount, setupSessionParts } from './account';
import type { Island } from './island';
import type { IslandMessages } from './messages';
import { setupNewTopic } from './new-topic';
import { setupSessionBar } from './session-bar';
import { setupTopic } from './topic';

export function startForum(): void {
  const root = document.querySelector<HTMLElement>('[data-forum]');
  if (!root) return;
  const live = root.querySelector<HTMLElement>('[data-forum-live]')!;
  const island: Island = {
    api: new ForumApi(root.dataset.api!),
    messages: JSON.parse(root.dataset.messages!) as IslandMessages,
    locale: document.documentElement.lang.slice(0, 2),
    accountUrl: root.dataset.accountUrl!,
    say: (text) => void (live.textContent = text),
  };
  // Forms stay hidden without the script: the <noscript> next to them says why.
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-forum-form]')) form.hidden = false;
  setupSessionBar(root.querySelector<HTMLElement>('[data-session-bar]')!, island);
  setupSessionParts(document, island);
  setupAccount(document, island);
  const topic = document.querySelector<HTMLElement>('[data-topic-id]');
  if (topic) setupTopic(topic, island);
  const newTopic = document.querySelector<HTMLFormElement>('form[data-forum-form="new-topic"]');
  if (newTopic) setupNewTopic(newTopic, island);
  void island.api.refresh().catch(() => island.say(island.messages.unreachable));
}
