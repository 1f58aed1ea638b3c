// Renders the API's highlight data (parts: { text, match }) without innerHTML: every part becomes a text node,
// wrapped in a <mark> element when it is a match, so nothing taken from a document can turn into markup or script.

/** Shown where a snippet starts or ends in the middle of the text (startsMidText / endsMidText). */
const ELLIPSIS = '\u2026';

/** True when the parts hold any text at all (an empty title falls back to the id). */
export function hasText(parts) {
  return Array.isArray(parts) && parts.some(part => String(part?.text ?? '') !== '');
}

/** Builds a fragment of text nodes and <mark> elements from parts, with an ellipsis at a cut edge. */
function partsFragment(parts, { startsMidText = false, endsMidText = false } = {}) {
  const fragment = document.createDocumentFragment();
  if (startsMidText) {
    fragment.append(ELLIPSIS);
  }
  for (const part of Array.isArray(parts) ? parts : []) {
    const text = String(part?.text ?? '');
    if (!text) {
      continue;
    }
    if (part.match === true) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(text));
    }
  }
  if (endsMidText) {
    fragment.append(ELLIPSIS);
  }
  return fragment;
}

/** Replaces an element's content with marked parts, safely; edges is a fragment's { startsMidText, endsMidText }. */
export function renderParts(element, parts, edges) {
  element.replaceChildren(partsFragment(parts, edges));
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

/** A hit's date as a <time> element, labelled when it is only the file's modification time (not a publication
 *  date); null when there is none. */
export function hitDate(hit) {
  const when = formatDate(hit.date);
  if (!when) {
    return null;
  }
  const time = document.createElement('time');
  time.dateTime = hit.date;
  time.textContent = hit.dateSource === 'file' ? `تاريخ الملف: ${when}` : when;
  return time;
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
