// The app taking over a prerendered page (views/browser.rs,
// `take_over_prerendered`): what the reader has already done with the page is
// read before the app replaces <body> and given back after it has mounted.
// Plain DOM walking, which costs several times more bytes as wasm and glue.

// Each chart's frame width on the prerendered page, by chart id.
const widths = new Map();

// Where `element` is under `root`: its index among its element siblings at
// each level, which finds the same element in the app's rendering of the page.
function pathOf(root, element) {
  const path = [];
  for (let e = element; e !== root; e = e.parentElement) {
    if (!e || !e.parentElement) return null;
    path.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
  }
  return path;
}

function at(root, path) {
  let element = root;
  for (const index of path) element = element?.children[index];
  return element;
}

/** Empties a prerendered <body> for the app; returns what to give back once it has mounted (null if not prerendered). */
export function clear_prerendered() {
  const root = document.documentElement;
  const body = document.body;
  if (!root.hasAttribute('data-prerendered') || !body) return null;
  for (const frame of body.querySelectorAll('[data-chart] .chart-frame')) {
    widths.set(frame.closest('[data-chart]').getAttribute('data-chart'), frame.clientWidth);
  }
  const active = document.activeElement;
  const state = {
    open: [...body.querySelectorAll('details[open]')].map((details) => pathOf(body, details)),
    focused: active && active !== body ? pathOf(body, active) : null,
    x: window.scrollX,
    y: window.scrollY,
  };
  body.replaceChildren();
  root.removeAttribute('data-prerendered');
  return state;
}

/** Opens the same tables, focuses the same element and, if the reader had scrolled, scrolls back to their place. */
export function restore_reader_state(state) {
  if (!state) return;
  const body = document.body;
  for (const path of state.open) if (path) at(body, path)?.setAttribute('open', '');
  if (state.focused) at(body, state.focused)?.focus?.();
  // Focusing can scroll; the reader's place wins. One who has not scrolled
  // gets the app's own scrolling (to the chart a link names).
  if (state.x || state.y) window.scrollTo(state.x, state.y);
}

/** The width `chart`'s frame had on the prerendered page; 0 if there was none. */
export function prerendered_width(chart) {
  return widths.get(chart) ?? 0;
}
