// DOM building without HTML parsing: every piece of text becomes a text node, so article text
// (untrusted) can never become markup. No inline styles or event-handler attributes are allowed
// (the page runs under a strict Content-Security-Policy).

/** h("li", {class: "x", data: {eventId: "e1"}}, "text", childNode, ...) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "data") {
      for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
    } else if (name === "style" || name.startsWith("on")) {
      throw new Error(`dom.h: attribute ${name} is not allowed`);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/**
 * Renders `text` into `container` with the given UTF-16 spans ([{start, end, className, title}])
 * wrapped in <mark>. Spans are clipped to the text; overlapping spans are merged into the first.
 */
export function highlighted(container, text, spans) {
  const sorted = [...spans]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, text.length);
    if (start >= end) continue;
    container.append(document.createTextNode(text.slice(pos, start)));
    container.append(h("mark", { class: s.className || "evidence", title: s.title }, text.slice(start, end)));
    pos = end;
  }
  container.append(document.createTextNode(text.slice(pos)));
  return container;
}

export function slug(s) {
  return String(s || "none").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
