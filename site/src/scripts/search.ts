/**
 * The search page's script. The index's entry and Lunr are fetched on first use only (the box
 * gets the focus or receives input, or the page opens with ?q=); each keystroke then fetches the
 * parts of the index its words and its results need, once (lib/search/split-source.ts).
 * Results are announced once typing pauses, through the page's status region.
 *
 * Timings are left as performance marks ("search:focus", "search:ready") and measures
 * ("search:load", "search:query") for the benchmark.
 */
import { formatForms, type MessageForms } from '@reseau-epn/platform';
import type { SearchKind } from '../lib/search/documents';
import type { SearchAnswer, Searcher } from '../lib/search/engine';
import { partPath, type SearchIndexEntry } from '../lib/search/index-file';

const MAX_SHOWN = 50;
const ANNOUNCE_DELAY = 600;

/** The page's words (recherche.astro): the counts as ICU messages compiled for the browser. */
type Strings = Record<'loading' | 'error' | 'inFrench' | SearchKind, string> & Record<'count' | 'limited', MessageForms>;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.getElementById('search-status');
const output = document.querySelector<HTMLElement>('[data-search-output]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

if (form && input && status && output && list) {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const locale = form.dataset.locale ?? 'fr';
  let searcher: Promise<Searcher> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  function load(): Promise<Searcher> {
    searcher ??= (async () => {
      performance.mark('search:focus');
      form!.dataset.state = 'loading';
      const slow = setTimeout(() => (status!.textContent = strings.loading), 300);
      try {
        const entryUrl = new URL(form!.dataset.index!, location.href);
        const json = async (url: URL) => {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url.pathname}`);
          return response.json() as Promise<unknown>;
        };
        const [{ lunr }, { createSearcher }, { splitSource }, entry] = await Promise.all([
          import('../lib/search/lunr'),
          import('../lib/search/engine'),
          import('../lib/search/split-source'),
          json(entryUrl) as Promise<SearchIndexEntry>,
        ]);
        // The entry answers the vocabulary; the parts a query needs come as it is typed.
        const source = splitSource(lunr, entry, (name) => json(new URL(partPath(entry.locale, name), entryUrl)));
        const ready = createSearcher(lunr, source);
        performance.mark('search:ready');
        performance.measure('search:load', 'search:focus', 'search:ready');
        form!.dataset.state = 'ready';
        return ready;
      } catch (error) {
        form!.dataset.state = 'error';
        status!.textContent = strings.error;
        searcher = undefined; // the next keystroke tries again
        throw error;
      } finally {
        clearTimeout(slow);
        if (status!.textContent === strings.loading) status!.textContent = '';
      }
    })();
    return searcher;
  }

  function render(answer: SearchAnswer) {
    const items = answer.hits.map((hit) => {
      const item = document.createElement('li');
      if (hit.lang !== locale) item.lang = hit.lang;
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = hit.url;
      link.innerHTML = hit.titleHtml; // escaped by highlight()
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.lang = locale;
      meta.textContent = [strings[hit.kind], hit.meta, hit.lang !== locale ? strings.inFrench : ''].filter(Boolean).join(' · ');
      const snippet = document.createElement('p');
      snippet.className = 'snippet';
      snippet.innerHTML = hit.snippetHtml; // escaped by highlight()
      item.append(heading, meta, snippet);
      return item;
    });
    list!.replaceChildren(...items);
  }

  function countText(query: string, answer: SearchAnswer): string {
    if (answer.total > answer.hits.length) return formatForms(strings.limited, { query, count: answer.total, shown: answer.hits.length });
    return formatForms(strings.count, { query, count: answer.total });
  }

  async function run(announceNow = false) {
    let ready: Searcher;
    try {
      ready = await load();
    } catch {
      return;
    }
    const query = input!.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    clearTimeout(announceTimer);
    if (!query) {
      list!.replaceChildren();
      output!.hidden = true;
      status!.textContent = '';
      return;
    }
    performance.mark('search:query-start');
    const typed = input!.value;
    let answer: SearchAnswer;
    try {
      answer = await ready.search(typed, MAX_SHOWN);
    } catch {
      // A part of the index could not be fetched: the next keystroke fetches it again.
      if (input!.value === typed) status!.textContent = strings.error;
      return;
    }
    // A later keystroke may have answered while this one waited for its part of the index.
    if (input!.value !== typed) return;
    render(answer);
    output!.hidden = false;
    performance.measure('search:query', 'search:query-start');
    // Announcing every keystroke would talk over the typing: the count is read once it pauses.
    const announce = () => (status!.textContent = countText(query, answer));
    if (announceNow) announce();
    else announceTimer = setTimeout(announce, ANNOUNCE_DELAY);
  }

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(true);
  }
}
