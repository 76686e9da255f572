/** The account line at the top of forum pages: who is logged in, a way out; or a way in. */
import type { Island } from './island';
import { fill } from './island';

export function setupSessionBar(bar: HTMLElement, island: Island): void {
  const render = (): void => {
    const member = island.api.current;
    bar.replaceChildren();
    if (!member) {
      const link = Object.assign(document.createElement('a'), { href: island.accountUrl, textContent: island.messages.signIn });
      bar.append(link);
      return;
    }
    const profile = Object.assign(document.createElement('a'), {
      href: island.accountUrl,
      textContent: fill(island.messages.signedInAs, { name: member.username }),
    });
    const out = Object.assign(document.createElement('button'), { type: 'button', textContent: island.messages.signOut, className: 'link-button' });
    out.addEventListener('click', () => {
      void island.api.logout().then(() => island.say(island.messages.signedOut));
    });
    bar.append(profile, ' · ', out);
  };
  island.api.onSession(render);
  render();
}
