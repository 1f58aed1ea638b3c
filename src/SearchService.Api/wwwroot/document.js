// One whole article, with the words of the query that led here highlighted in the full text.
import { renderParts, hasText, formatDate, hitDate, documentHref, problemMessage } from './marked-text.js';

const article = document.getElementById('article');
const message = document.getElementById('message');
const backLink = document.getElementById('back-link');

const PREFIX = '/documents/';
// The path is already percent-encoded segment by segment, exactly as the API route expects it.
const encodedId = location.pathname.startsWith(PREFIX) ? location.pathname.slice(PREFIX.length) : '';
const query = (new URLSearchParams(location.search).get('q') ?? '').trim();

if (query) {
  backLink.href = `/?${new URLSearchParams({ q: query })}`;
}

function fail(text) {
  article.hidden = true;
  message.textContent = text;
  message.dataset.kind = 'error';
  message.setAttribute('role', 'alert');
  message.hidden = false;
  document.body.dataset.loadState = 'error';
}

// Only http(s) links from a document's metadata become links; anything else (javascript:, data:) stays text.
function safeUrl(value) {
  try {
    const url = new URL(value, location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function metaItem(parent, label, content) {
  const item = document.createElement('span');
  item.className = 'meta-item';
  item.append(`${label}: `, content);
  parent.append(item);
}

function renderMeta(doc) {
  const meta = document.getElementById('meta');
  meta.replaceChildren();
  const when = formatDate(doc.date);
  if (when) {
    const time = document.createElement('time');
    time.dateTime = doc.date;
    time.textContent = when;
    metaItem(meta, doc.dateSource === 'file' ? 'تاريخ الملف' : 'التاريخ', time);
  }
  if (doc.source) {
    const source = document.createElement('bdi');
    source.textContent = doc.source;
    metaItem(meta, 'المصدر', source);
  }
  const href = doc.url ? safeUrl(doc.url) : null;
  if (href) {
    const link = document.createElement('a');
    link.href = href;
    link.rel = 'noopener noreferrer';
    link.dir = 'ltr';
    link.textContent = doc.url;
    metaItem(meta, 'الرابط', link);
  }
  if (Array.isArray(doc.tags) && doc.tags.length > 0) {
    const tags = document.createElement('span');
    tags.className = 'tags';
    for (const tag of doc.tags) {
      const chip = document.createElement('bdi');
      chip.className = 'tag';
      chip.textContent = tag;
      tags.append(chip);
    }
    metaItem(meta, 'الوسوم', tags);
  }
  if (doc.path) {
    const path = document.createElement('bdi');
    path.className = 'path';
    path.dir = 'auto';
    path.textContent = doc.path;
    metaItem(meta, 'الملف', path);
  }
}

async function load() {
  if (!encodedId) {
    fail('لم يُحدَّد أي مقال.');
    return;
  }
  const url = query ? `/api/documents/${encodedId}?${new URLSearchParams({ q: query })}` : `/api/documents/${encodedId}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    fail('تعذّر الاتصال بالخدمة. حاول مرة أخرى.');
    return;
  }
  if (!response.ok) {
    fail(response.status === 404
      ? 'هذا المقال غير موجود، ربما حُذف أو نُقل.'
      : await problemMessage(response, 'تعذّر عرض المقال.'));
    return;
  }
  const doc = await response.json();
  const title = doc.title || doc.id;
  if (hasText(doc.titleParts)) {
    renderParts(document.getElementById('title'), doc.titleParts);
  } else {
    document.getElementById('title').textContent = title;
  }
  document.title = `${title} — البحث في المقالات`;
  renderMeta(doc);

  const text = document.getElementById('text');
  if (Array.isArray(doc.textParts)) {
    renderParts(text, doc.textParts);
  } else {
    text.textContent = (doc.text ?? '').trim();
  }
  const marks = text.querySelectorAll('mark');
  const count = document.getElementById('match-count');
  if (query) {
    const words = document.createElement('bdi');
    words.textContent = query;
    if (marks.length > 0) {
      const total = document.createElement('bdi');
      total.textContent = String(marks.length);
      count.replaceChildren('مواضع التطابق مع «', words, '»: ', total);
    } else {
      count.replaceChildren('لا توجد مواضع مظللة لـ«', words, '» في هذا المقال.');
    }
  }
  article.removeAttribute('aria-busy');
  document.body.dataset.loadState = 'done';
  marks[0]?.scrollIntoView({ block: 'center' });
  await loadRelated();
}

// The articles most like this one, each a link; the query travels along so their matches are marked too.
async function loadRelated() {
  const section = document.getElementById('related');
  try {
    const response = await fetch(`/api/documents/${encodedId}/related?size=5`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    const result = await response.json();
    const items = (result.related ?? []).map(relatedItem);
    document.getElementById('related-list').replaceChildren(...items);
    section.hidden = items.length === 0;
  } catch {
    // Related articles are an extra: without them the article is still whole.
  } finally {
    document.body.dataset.relatedState = 'done';
  }
}

function relatedItem(hit) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = documentHref(hit.id, query);
  const title = document.createElement('bdi');
  title.textContent = hit.title || hit.id;
  link.append(title);
  item.append(link);
  const time = hitDate(hit);
  if (time || hit.source) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    if (time) {
      meta.append(time);
    }
    if (hit.source) {
      const source = document.createElement('bdi');
      source.textContent = hit.source;
      meta.append(time ? ' — ' : '', source);
    }
    item.append(meta);
  }
  if (hit.snippet) {
    const snippet = document.createElement('p');
    snippet.className = 'snippet';
    snippet.dir = 'auto';
    snippet.textContent = hit.snippet;
    item.append(snippet);
  }
  return item;
}

load();
