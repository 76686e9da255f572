/**
 * One page per template of a built site, found from the files alone so that pages added later
 * are covered without listing them here.
 *
 * Two pages share a template when their paths have the same shape and they carry the same set of
 * Astro style scopes (data-astro-cid-*: one per component or page that has a <style>). A path's
 * shape keeps section names and replaces slugs by "*": a directory is a slug when its parent
 * holds three or more page directories and it does not hold three or more itself (so
 * /fiches/<slug>/ and /espaces/<slug>/ are slugs, /fiches/theme/ and /calendrier/mois/ are not).
 * Redirection stubs (meta refresh) are left out: a browser never shows them.
 */
import path from 'node:path';

const MANY = 3;

export interface TemplatePage {
  /** URL path of the page tested. */
  url: string;
  /** Its template's key, for the test's name. */
  template: string;
  /** How many built pages share it. */
  pages: number;
}

export function templatePages(htmlFiles: string[], read: (file: string) => string): TemplatePage[] {
  const urls = htmlFiles.map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file));
  const children = new Map<string, Set<string>>();
  for (const url of urls) {
    const parts = url.split('/').filter(Boolean);
    for (let i = 0; i < parts.length; i += 1) {
      const parent = `/${parts.slice(0, i).join('/')}`;
      if (!children.has(parent)) children.set(parent, new Set());
      children.get(parent)!.add(parts[i]!);
    }
  }
  const count = (dir: string) => children.get(dir)?.size ?? 0;
  const shapeOf = (url: string) => {
    const parts = url.split('/').filter(Boolean);
    return `/${parts
      .map((part, i) => {
        const parent = `/${parts.slice(0, i).join('/')}`;
        const self = path.posix.join(parent, part);
        return count(parent) >= MANY && count(self) < MANY && !part.includes('.') ? '*' : part;
      })
      .join('/')}${url.endsWith('/') ? '/' : ''}`;
  };
  const groups = new Map<string, string[]>();
  for (const url of urls.sort()) {
    const html = read(url);
    if (/<meta http-equiv="refresh"/i.test(html)) continue;
    const scopes = [...new Set(html.match(/data-astro-cid-[a-z0-9]+/g) ?? [])].sort().join(' ');
    const key = `${shapeOf(url)} [${scopes.replace(/data-astro-cid-/g, '')}]`;
    groups.set(key, [...(groups.get(key) ?? []), url]);
  }
  return [...groups].map(([template, list]) => ({ url: list[0]!, template, pages: list.length }));
}
