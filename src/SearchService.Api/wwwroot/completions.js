// Completions under the search box, as an ARIA combobox: the last word completed from the index's own words, and
// titles that start with what is typed. Arrow keys move through them, Enter takes one, Escape closes the list;
// the box keeps focus throughout, so typing simply goes on.
const SUGGEST_DELAY_MS = 120;
const SIZE = 8;

export function attachCompletions(input, list, { onWord, onTitle }) {
  let timer = 0;
  let inFlight = null;
  let options = [];
  let active = -1;

  function close() {
    inFlight?.abort();
    clearTimeout(timer);
    list.hidden = true;
    list.replaceChildren();
    options = [];
    setActive(-1);
    input.setAttribute('aria-expanded', 'false');
  }

  function setActive(index) {
    active = index;
    options.forEach((option, i) => option.element.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].element.id);
      options[index].element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function option(kind, text, value, index) {
    const element = document.createElement('li');
    element.id = `completion-${index}`;
    element.className = `completion completion-${kind}`;
    element.setAttribute('role', 'option');
    element.dataset.kind = kind;
    const bdi = document.createElement('bdi');
    bdi.textContent = text;
    element.append(bdi);
    if (kind === 'title') {
      const label = document.createElement('span');
      label.className = 'completion-kind';
      label.textContent = 'مقال';
      element.append(' ', label);
    }
    // mousedown, not click: a click would blur the box and close the list before it lands.
    element.addEventListener('mousedown', event => {
      event.preventDefault();
      choose(index);
    });
    return { kind, value, element };
  }

  function show(result, typed) {
    const words = (result.words ?? []).map(word => word.text).filter(Boolean);
    const titles = (result.titles ?? []).filter(title => title?.id);
    options = [
      ...words.map((text, i) => option('word', text, text, i)),
      ...titles.map((title, i) => option('title', title.title || title.id, title.id, words.length + i)),
    ].filter(o => !(o.kind === 'word' && o.value === typed));
    if (options.length === 0 || input.value.trim() !== typed) {
      close();
      return;
    }
    list.replaceChildren(...options.map(o => o.element));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  }

  async function fetchCompletions() {
    const typed = input.value.trim();
    inFlight?.abort();
    if (!typed) {
      close();
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    try {
      const params = new URLSearchParams({ q: typed, size: String(SIZE) });
      const response = await fetch(`/api/suggest?${params}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        // Completions are a help, not the search: a refused prefix simply shows none.
        close();
        return;
      }
      const result = await response.json();
      if (!controller.signal.aborted) {
        show(result, typed);
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        close();
      }
    }
  }

  function choose(index) {
    const picked = options[index];
    close();
    if (!picked) {
      return;
    }
    if (picked.kind === 'title') {
      onTitle(picked.value);
    } else {
      onWord(picked.value);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchCompletions, SUGGEST_DELAY_MS);
  });

  input.addEventListener('keydown', event => {
    if (list.hidden || options.length === 0) {
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(active + 1 >= options.length ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', close);
  input.form?.addEventListener('submit', close);
}
