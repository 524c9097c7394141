// Building the page from data without ever parsing data as HTML.
//
// Every string that came from an article, a feed or the store reaches the page through
// textContent or setAttribute, never innerHTML: an article holding <script>, <img onerror=...>
// or a javascript: address shows as text and runs nothing. Links are made only for http(s).

/** An element with attributes and children; string children become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else if (name === "className") node.className = value;
    else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace every child of ``node``. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** An http(s) address as given, or null for anything else (javascript:, data:, relative...). */
export function safeUrl(value) {
  if (typeof value !== "string" || !value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A link for an http(s) address, plain text otherwise. */
export function link(url, label) {
  const href = safeUrl(url);
  if (!href) return el("span", { text: label ?? url ?? "", dir: "auto" });
  return el("a", { href, text: label ?? href, target: "_blank", rel: "noopener noreferrer nofollow", dir: "auto" });
}

/** Text in its own direction (Arabic in an English page and the reverse), isolated. */
export function bdi(text, attributes = {}) {
  return el("bdi", { ...attributes, text: text ?? "" });
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export const number = new Intl.NumberFormat("en");
