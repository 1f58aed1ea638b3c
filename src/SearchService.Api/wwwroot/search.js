// The search page: searches as you type and on Enter, narrows by source, tag and period with counts, sorts by
// relevance or date, offers a better spelling and completions, and keeps all of it in the URL (?q=&page=&sort=
// &source=&tag=&from=&to=) so a view can be bookmarked, shared, reloaded and gone back to.
import { renderParts, hasText, hitDate, documentHref, problemMessage } from './marked-text.js';
import { attachCompletions } from './completions.js';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const FACET_LABELS = { source: 'المصدر', tag: 'الوسم', year: 'السنة' };

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const summary = document.getElementById('summary');
const message = document.getElementById('message');
const expanded = document.getElementById('expanded');
const hitList = document.getElementById('hits');
const pager = document.getElementById('pager');
const statusLine = document.getElementById('index-status');
const sortSelect = document.getElementById('sort');
const didYouMean = document.getElementById('did-you-mean');
const filters = document.getElementById('filters');
const facetsBox = document.getElementById('facets');
const dateRange = document.getElementById('date-range');
const fromInput = document.getElementById('from');
const toInput = document.getElementById('to');
const clearFilters = document.getElementById('clear-filters');

let typingTimer = 0;
let inFlight = null;
let lastIndexState = null;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// What is shown: the query, its page, its order and its filters; the URL is made from it and read back into it.
let view = readUrl();

function readUrl() {
  const params = new URLSearchParams(location.search);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const day = name => (DAY.test(params.get(name) ?? '') ? params.get(name) : '');
  return {
    query: (params.get('q') ?? '').trim(),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    source: params.getAll('source').filter(Boolean),
    tag: params.getAll('tag').filter(Boolean),
    from: day('from'),
    to: day('to'),
  };
}

// The filters and order carried from one search to the next; a new query keeps them, as search sites do.
function hasFilters(v) {
  return v.source.length > 0 || v.tag.length > 0 || Boolean(v.from) || Boolean(v.to);
}

function searchParams(v, withPaging) {
  const params = new URLSearchParams({ q: v.query });
  if (withPaging) {
    params.set('page', String(v.page));
    params.set('size', String(PAGE_SIZE));
  } else if (v.page > 1) {
    params.set('page', String(v.page));
  }
  if (v.sort === 'date') {
    params.set('sort', 'date');
  }
  v.source.forEach(value => params.append('source', value));
  v.tag.forEach(value => params.append('tag', value));
  if (v.from) {
    params.set('from', v.from);
  }
  if (v.to) {
    params.set('to', v.to);
  }
  return params;
}

function urlFor(v) {
  return v.query ? `/?${searchParams(v, false)}` : '/';
}

// Typing replaces the entry it created itself, so Back skips the half-typed words but not earlier searches.
function remember(v, typed) {
  const url = urlFor(v);
  const current = location.pathname + location.search;
  if (url === current) {
    history.replaceState({ typed: typed && history.state?.typed === true }, '', url);
  } else if (typed && history.state?.typed === true) {
    history.replaceState({ typed: true }, '', url);
  } else {
    history.pushState({ typed }, '', url);
  }
}

function showMessage(text, kind) {
  message.textContent = text;
  message.dataset.kind = kind;
  message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  message.hidden = false;
}

function clearResults() {
  summary.textContent = '';
  didYouMean.hidden = true;
  didYouMean.replaceChildren();
  expanded.hidden = true;
  expanded.replaceChildren();
  message.hidden = true;
  message.textContent = '';
  hitList.replaceChildren();
  pager.replaceChildren();
  pager.hidden = true;
}

function number(value) {
  const bdi = document.createElement('bdi');
  bdi.dir = 'ltr';
  bdi.textContent = String(value);
  return bdi;
}

function renderSummary(result) {
  summary.replaceChildren('عدد النتائج: ', number(result.total));
  if (result.total > result.size) {
    const from = (result.page - 1) * result.size + 1;
    const to = from + result.hits.length - 1;
    summary.append(' — المعروض: ', number(`${from}–${to}`));
  }
  summary.append(' — المدة: ', number(result.tookMs), ' ميلي ثانية');
  summary.dataset.total = String(result.total);
}

// One quiet line naming the other spellings searched, so a reader sees why an article matched.
function renderExpanded(result) {
  const words = result.expanded || [];
  if (words.length === 0) {
    return;
  }
  expanded.replaceChildren('وبحثنا أيضًا عن: ');
  words.forEach((word, i) => {
    if (i > 0) {
      expanded.append(' — ');
    }
    const typed = document.createElement('bdi');
    typed.textContent = word.word;
    expanded.append(word.variants.join('، '), ' (', typed, ')');
  });
  expanded.hidden = false;
}

function renderHit(hit, query) {
  const item = document.createElement('li');
  item.className = 'hit';

  const heading = document.createElement('h2');
  heading.className = 'hit-title';
  const link = document.createElement('a');
  link.href = documentHref(hit.id, query);
  const title = document.createElement('bdi');
  if (hasText(hit.titleParts)) {
    renderParts(title, hit.titleParts);
  } else {
    title.textContent = hit.title || hit.id;
  }
  link.append(title);
  heading.append(link);
  item.append(heading);

  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = hitDate(hit);
  if (time) {
    meta.append(time);
  }
  if (hit.path) {
    const path = document.createElement('bdi');
    path.className = 'path';
    path.dir = 'auto';
    path.textContent = hit.path;
    meta.append(path);
  }
  item.append(meta);

  for (const fragment of hit.fragments ?? []) {
    const paragraph = document.createElement('p');
    paragraph.className = 'snippet';
    paragraph.dir = 'auto';
    item.append(renderParts(paragraph, fragment.parts, fragment));
  }
  return item;
}

function pageLink(page, label, current) {
  const link = document.createElement('a');
  link.href = urlFor({ ...view, page });
  link.dataset.page = String(page);
  link.textContent = label;
  if (current) {
    link.setAttribute('aria-current', 'page');
  }
  return link;
}

function renderPager(result) {
  const pages = Math.ceil(result.total / result.size);
  pager.replaceChildren();
  pager.hidden = pages <= 1;
  if (pages <= 1) {
    return;
  }
  if (result.page > 1) {
    const previous = pageLink(result.page - 1, 'السابق', false);
    previous.rel = 'prev';
    previous.setAttribute('aria-label', 'الصفحة السابقة');
    pager.append(previous);
  }
  const first = Math.max(1, Math.min(result.page - 3, pages - 6));
  const last = Math.min(pages, first + 6);
  for (let page = first; page <= last; page++) {
    const link = pageLink(page, String(page), page === result.page);
    link.setAttribute('aria-label', `الصفحة ${page}`);
    pager.append(link);
  }
  if (result.page < pages) {
    const next = pageLink(result.page + 1, 'التالي', false);
    next.rel = 'next';
    next.setAttribute('aria-label', 'الصفحة التالية');
    pager.append(next);
  }
}

async function search(v) {
  view = v;
  showView(v);
  inFlight?.abort();
  clearTimeout(typingTimer);
  const query = v.query;
  if (!query) {
    inFlight = null;
    clearResults();
    renderFilters(null);
    document.title = 'البحث في المقالات';
    document.body.dataset.searchState = 'idle';
    return;
  }
  const controller = new AbortController();
  inFlight = controller;
  document.body.dataset.searchState = 'loading';
  try {
    const response = await fetch(`/api/search?${searchParams(v, true)}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const text = await problemMessage(response, 'تعذّر تنفيذ البحث.');
      if (controller.signal.aborted) {
        return;
      }
      clearResults();
      showMessage(text, 'error');
      document.body.dataset.searchState = 'error';
      return;
    }
    const result = await response.json();
    if (controller.signal.aborted) {
      return;
    }
    clearResults();
    document.title = `${query} — البحث في المقالات`;
    renderDidYouMean(result.didYouMean);
    renderExpanded(result);
    if (result.total === 0 || result.hits.length === 0) {
      summary.dataset.total = String(result.total);
      showMessage(result.total > 0
        ? 'لا توجد نتائج في هذه الصفحة.'
        : hasFilters(v)
          ? 'لا توجد نتائج مطابقة ضمن عوامل التضييق المختارة. جرّب إزالة بعضها.'
          : 'لا توجد نتائج مطابقة. جرّب كلمات أخرى أو أقل عدداً.', 'empty');
    } else {
      renderSummary(result);
      hitList.replaceChildren(...result.hits.map(hit => renderHit(hit, query)));
    }
    renderFilters(result.facets);
    renderPager(result);
    document.body.dataset.searchState = 'done';
  } catch (error) {
    if (error.name === 'AbortError') {
      return;
    }
    clearResults();
    showMessage('تعذّر الاتصال بالخدمة. حاول مرة أخرى.', 'error');
    document.body.dataset.searchState = 'error';
  }
}

function searchNow(typed) {
  const next = { ...view, query: input.value.trim(), page: 1 };
  remember(next, typed);
  return search(next);
}

// Every other change of view (a filter, the order, a page, a suggested spelling) is a step Back can return to.
function go(next) {
  remember(next, false);
  return search(next);
}

function showView(v) {
  sortSelect.value = v.sort;
  fromInput.value = v.from;
  toInput.value = v.to;
  clearFilters.hidden = !hasFilters(v);
  clearFilters.href = urlFor({ ...v, source: [], tag: [], from: '', to: '', page: 1 });
}

// "Did you mean": the server's suggestion as a link; its html only ever carries escaped text and <strong>, but it
// is rebuilt from text nodes anyway so nothing from the index becomes markup.
function renderDidYouMean(suggestion) {
  if (!suggestion?.query) {
    return;
  }
  const link = document.createElement('a');
  link.href = urlFor({ ...view, query: suggestion.query, page: 1 });
  link.dataset.query = suggestion.query;
  const parsed = new DOMParser().parseFromString(`<p>${suggestion.html ?? ''}</p>`, 'text/html').body.firstChild;
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeName === 'STRONG') {
      const strong = document.createElement('strong');
      strong.textContent = node.textContent;
      link.append(strong);
    } else {
      link.append(node.textContent);
    }
  }
  if (!link.textContent) {
    link.textContent = suggestion.query;
  }
  const bdi = document.createElement('bdi');
  bdi.append(link);
  didYouMean.replaceChildren('هل تقصد: ', bdi, '؟');
  didYouMean.hidden = false;
}

const YEAR = /^\d{4}$/;

// A year is a period: it is chosen when from and to are its first and last day.
function yearOf(v) {
  const year = v.from.slice(0, 4);
  return YEAR.test(year) && v.from === `${year}-01-01` && v.to === `${year}-12-31` ? year : null;
}

function chosen(v, facet) {
  if (facet === 'year') {
    const year = yearOf(v);
    return year ? [year] : [];
  }
  return v[facet];
}

function facetGroup(facet, values, selected) {
  const group = document.createElement('fieldset');
  group.className = 'facet';
  group.dataset.facet = facet;
  const legend = document.createElement('legend');
  legend.textContent = FACET_LABELS[facet];
  group.append(legend);
  const list = document.createElement('ul');
  const shown = [...values];
  // A chosen value stays visible (and can be unchosen) even when it is not among the counted ones.
  for (const value of selected) {
    if (!shown.some(v => v.value.toLowerCase() === value.toLowerCase())) {
      shown.push({ value, count: null });
    }
  }
  for (const { value, count } of shown) {
    const item = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = value;
    box.dataset.facet = facet;
    box.checked = selected.some(v => v.toLowerCase() === value.toLowerCase());
    const name = document.createElement('bdi');
    name.textContent = value;
    label.append(box, ' ', name);
    if (count !== null && count !== undefined) {
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = String(count);
      label.append(' ', number);
    }
    item.append(label);
    list.append(item);
  }
  group.append(list);
  return group;
}

function renderFilters(facets) {
  if (!view.query) {
    filters.hidden = true;
    facetsBox.replaceChildren();
    return;
  }
  const groups = [];
  for (const facet of ['source', 'tag', 'year']) {
    const values = facets?.[facet] ?? [];
    const selected = chosen(view, facet);
    if (values.length > 0 || selected.length > 0) {
      groups.push(facetGroup(facet, values, selected));
    }
  }
  facetsBox.replaceChildren(...groups);
  document.querySelector('.sort-switch').hidden = false;
  filters.hidden = false;
}

facetsBox.addEventListener('change', event => {
  const box = event.target.closest('input[data-facet]');
  if (!box) {
    return;
  }
  const facet = box.dataset.facet;
  const next = { ...view, page: 1 };
  if (facet === 'year') {
    next.from = box.checked ? `${box.value}-01-01` : '';
    next.to = box.checked ? `${box.value}-12-31` : '';
  } else {
    const others = view[facet].filter(v => v.toLowerCase() !== box.value.toLowerCase());
    next[facet] = box.checked ? [...others, box.value] : others;
  }
  go(next);
});

sortSelect.addEventListener('change', () => go({ ...view, sort: sortSelect.value === 'date' ? 'date' : 'relevance', page: 1 }));

dateRange.addEventListener('submit', event => {
  event.preventDefault();
  if (fromInput.value && toInput.value && fromInput.value > toInput.value) {
    showMessage('بداية الفترة بعد نهايتها: صحّح التاريخين.', 'error');
    return;
  }
  go({ ...view, from: fromInput.value, to: toInput.value, page: 1 });
});

clearFilters.addEventListener('click', event => {
  if (event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  go({ ...view, source: [], tag: [], from: '', to: '', page: 1 });
});

didYouMean.addEventListener('click', event => {
  const link = event.target.closest('a[data-query]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  input.value = link.dataset.query;
  fitDirection();
  go({ ...view, query: link.dataset.query, page: 1 });
});

// dir="auto" on an empty box resolves to left-to-right and lays the Arabic placeholder out backwards: right-to-left
// until something is in it, then the direction of what is there.
function fitDirection() {
  input.dir = input.value.trim() ? 'auto' : 'rtl';
}

input.addEventListener('input', () => {
  fitDirection();
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => searchNow(true), TYPING_DELAY_MS);
});

form.addEventListener('submit', event => {
  event.preventDefault();
  searchNow(false);
});

pager.addEventListener('click', event => {
  const link = event.target.closest('a[data-page]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  // The link carries the view of the results it belongs to, even if the box was edited since.
  const next = { ...view, page: Number.parseInt(link.dataset.page, 10) };
  input.value = next.query;
  fitDirection();
  go(next).then(() => document.getElementById('results').focus());
});

window.addEventListener('popstate', () => {
  const next = readUrl();
  input.value = next.query;
  fitDirection();
  search(next);
});

async function refreshStatus() {
  let delay = 15000;
  try {
    const response = await fetch('/api/status', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    const status = await response.json();
    const indexing = status.state !== 'ready';
    statusLine.dataset.state = indexing ? 'indexing' : 'ready';
    statusLine.replaceChildren(
      indexing ? 'جارٍ بناء الفهرس… المقالات المفهرسة حتى الآن: ' : 'الفهرس جاهز — عدد المقالات: ',
      number(status.documents ?? 0));
    if (status.pending > 0) {
      statusLine.append(' — بانتظار الفهرسة: ', number(status.pending));
    }
    if (status.failures?.length > 0) {
      statusLine.append(' — تعذّرت قراءة: ', number(status.failures.length));
    }
    // Results found while the index was still being built may be incomplete: search again once it is ready.
    if (lastIndexState === 'indexing' && !indexing && input.value.trim()) {
      search(readUrl());
    }
    lastIndexState = statusLine.dataset.state;
    delay = indexing ? 2000 : 15000;
  } catch {
    statusLine.dataset.state = 'unknown';
    statusLine.textContent = 'تعذّرت معرفة حالة الفهرس.';
    delay = 5000;
  }
  setTimeout(refreshStatus, delay);
}

attachCompletions(input, document.getElementById('completions'), {
  // A chosen word completion searches at once; a chosen title opens its article.
  onWord: text => {
    input.value = text;
    fitDirection();
    searchNow(false);
  },
  onTitle: id => {
    location.href = documentHref(id, '');
  },
});

input.value = view.query;
fitDirection();
history.replaceState({ typed: false }, '', urlFor(view));
search(view);
refreshStatus();
