// The search page: searches as you type and on Enter, keeps ?q=&page= in the URL so a search can be
// bookmarked, reloaded and gone back to, and shows the index status from /api/status.
import { renderParts, hasText, formatDate, documentHref, problemMessage } from './marked-text.js';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const summary = document.getElementById('summary');
const message = document.getElementById('message');
const expanded = document.getElementById('expanded');
const hitList = document.getElementById('hits');
const pager = document.getElementById('pager');
const statusLine = document.getElementById('index-status');

let typingTimer = 0;
let inFlight = null;
let lastIndexState = null;

function readUrl() {
  const params = new URLSearchParams(location.search);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { query: (params.get('q') ?? '').trim(), page: Number.isFinite(page) && page > 0 ? page : 1 };
}

function urlFor(query, page) {
  if (!query) {
    return '/';
  }
  const params = new URLSearchParams({ q: query });
  if (page > 1) {
    params.set('page', String(page));
  }
  return `/?${params}`;
}

// Typing replaces the entry it created itself, so Back skips the half-typed words but not earlier searches.
function remember(query, page, typed) {
  const url = urlFor(query, page);
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
  const when = formatDate(hit.date);
  if (when) {
    const time = document.createElement('time');
    time.dateTime = hit.date;
    // A file's modification time is not a publication date: say which it is.
    time.textContent = hit.dateSource === 'file' ? `تاريخ الملف: ${when}` : when;
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

function pageLink(query, page, label, current) {
  const link = document.createElement('a');
  link.href = urlFor(query, page);
  link.dataset.page = String(page);
  link.textContent = label;
  if (current) {
    link.setAttribute('aria-current', 'page');
  }
  return link;
}

function renderPager(result, query) {
  const pages = Math.ceil(result.total / result.size);
  pager.replaceChildren();
  pager.hidden = pages <= 1;
  if (pages <= 1) {
    return;
  }
  if (result.page > 1) {
    const previous = pageLink(query, result.page - 1, 'السابق', false);
    previous.rel = 'prev';
    previous.setAttribute('aria-label', 'الصفحة السابقة');
    pager.append(previous);
  }
  const first = Math.max(1, Math.min(result.page - 3, pages - 6));
  const last = Math.min(pages, first + 6);
  for (let page = first; page <= last; page++) {
    const link = pageLink(query, page, String(page), page === result.page);
    link.setAttribute('aria-label', `الصفحة ${page}`);
    pager.append(link);
  }
  if (result.page < pages) {
    const next = pageLink(query, result.page + 1, 'التالي', false);
    next.rel = 'next';
    next.setAttribute('aria-label', 'الصفحة التالية');
    pager.append(next);
  }
}

async function search(query, page) {
  inFlight?.abort();
  clearTimeout(typingTimer);
  if (!query) {
    inFlight = null;
    clearResults();
    document.title = 'البحث في المقالات';
    document.body.dataset.searchState = 'idle';
    return;
  }
  const controller = new AbortController();
  inFlight = controller;
  document.body.dataset.searchState = 'loading';
  const params = new URLSearchParams({ q: query, page: String(page), size: String(PAGE_SIZE) });
  try {
    const response = await fetch(`/api/search?${params}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
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
    renderExpanded(result);
    if (result.total === 0 || result.hits.length === 0) {
      summary.dataset.total = String(result.total);
      showMessage(result.total === 0
        ? 'لا توجد نتائج مطابقة. جرّب كلمات أخرى أو أقل عدداً.'
        : 'لا توجد نتائج في هذه الصفحة.', 'empty');
    } else {
      renderSummary(result);
      hitList.replaceChildren(...result.hits.map(hit => renderHit(hit, query)));
    }
    renderPager(result, query);
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
  const query = input.value.trim();
  remember(query, 1, typed);
  return search(query, 1);
}

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
  // The link carries the query of the results it belongs to, even if the box was edited since.
  const query = new URL(link.href).searchParams.get('q') ?? '';
  input.value = query;
  fitDirection();
  const page = Number.parseInt(link.dataset.page, 10);
  remember(query, page, false);
  search(query, page).then(() => document.getElementById('results').focus());
});

window.addEventListener('popstate', () => {
  const { query, page } = readUrl();
  input.value = query;
  fitDirection();
  search(query, page);
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
      const { query, page } = readUrl();
      search(query, page);
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

const initial = readUrl();
input.value = initial.query;
fitDirection();
history.replaceState({ typed: false }, '', urlFor(initial.query, initial.page));
search(initial.query, initial.page);
refreshStatus();
