// Renders the API's highlighted strings ("escaped text" + <mark>…</mark>) without innerHTML:
// only the literal <mark>/</mark> tags become elements, everything else becomes text nodes,
// so nothing taken from a document can ever turn into markup or script.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Turns the few HTML entities an escaper produces back into characters. */
export function unescapeHtml(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = ENTITIES[name.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

/** Builds a fragment of text nodes and <mark> elements from a highlighted string. */
export function markedFragment(highlighted) {
  const fragment = document.createDocumentFragment();
  let target = fragment;
  for (const part of String(highlighted ?? '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      if (target === fragment) {
        target = document.createElement('mark');
        fragment.append(target);
      }
    } else if (part === '</mark>') {
      target = fragment;
    } else if (part) {
      target.append(document.createTextNode(unescapeHtml(part)));
    }
  }
  return fragment;
}

/** Replaces an element's content with a highlighted string, safely. */
export function renderMarked(element, highlighted) {
  element.replaceChildren(markedFragment(highlighted));
  return element;
}

const dateFormat = new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'long' });

/** Formats an ISO date for people; returns null when the value is missing or unreadable. */
export function formatDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date);
}

/** A link to the page showing one whole article; each id segment is encoded on its own. */
export function documentHref(id, query) {
  const path = String(id).split('/').map(encodeURIComponent).join('/');
  return query ? `/documents/${path}?q=${encodeURIComponent(query)}` : `/documents/${path}`;
}

/** Reads the Arabic message out of an RFC 7807 problem response. */
export async function problemMessage(response, fallback) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || fallback;
  } catch {
    return fallback;
  }
}
