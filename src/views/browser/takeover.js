// The app taking over a prerendered page (views/browser/takeover.rs,
// `take_over_prerendered`). The app renders into a detached container; each
// part it has built (a child of <body>, or of <main> while <main> is still
// being built) then replaces its prerendered twin, keeping the tables the
// reader opened and the focus. Only the new part is laid out, and the rest of
// the page stays as it was. Plain DOM walking, which costs several times more
// bytes as wasm and glue.

// The width of the page's chart frames: one column, so one width for all.
let frameWidth = 0;
// The prerendered parts (children of <body> and of <main>) no part of the
// app has replaced yet.
let unreplaced = new Set();

// Where `element` is under `root`: its index among its element siblings at
// each level, which finds the same element in the app's rendering of it.
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

// Which tables are open and what has focus under `root`.
function readerState(root) {
  const active = document.activeElement;
  return {
    open: [...root.querySelectorAll('details[open]')].map((details) => pathOf(root, details)),
    focused: active && active !== document.body && root.contains(active) ? pathOf(root, active) : null,
  };
}

function restore(root, state) {
  for (const path of state.open) if (path) at(root, path)?.setAttribute('open', '');
  if (state.focused) at(root, state.focused)?.focus?.({ preventScroll: true });
}

/** Whether this is a prerendered page the app should take over; reads what the app needs from it first. */
export function begin_takeover() {
  if (!document.documentElement.hasAttribute('data-prerendered')) return false;
  const main = document.querySelector('body > main');
  unreplaced = new Set([...document.body.children, ...(main ? main.children : [])]);
  // The first frame is the one on screen: reading it lays out nothing more.
  frameWidth = document.querySelector('.chart-frame')?.clientWidth ?? 0;
  return true;
}

/** The width the prerendered chart frames have; 0 if there were none. */
export function prerendered_width() {
  return frameWidth;
}

// What a card of the app keeps from its prerendered twin, moved, not written
// again (views/chart_card): an empty holder with `data-keep` gets the
// content of the holder of the same class in the twin: its phone drawing
// (`phone`: the twin holds one drawing per fit), or all of it (`children`:
// the title and takeaway). Run before the prerendered twin leaves the page.
function adoptKept(container) {
  for (const holder of container.querySelectorAll('[data-keep]')) {
    if (holder.firstElementChild) continue;
    const card = holder.closest('figure[id]')?.id;
    const twin = card && document.querySelector(`#${card} .${holder.classList[0]}`);
    if (!twin) continue;
    if (holder.dataset.keep === 'phone') {
      const drawing = twin.querySelector('svg[data-drawing="phone"]');
      if (drawing) holder.append(drawing);
    } else holder.append(...twin.childNodes);
  }
}

// The dashboard lays out an off-screen card only near the screen, at a
// guessed height until then, and afterwards at the one it had
// (style/main.css). The new card starts at its twin's height, guessed or
// real, so that nothing below it moves and the reader's place stays.
function keepSize(twin, piece) {
  const style = getComputedStyle(twin);
  if (style.contentVisibility !== 'auto') return;
  // The guess is of the content's height: without padding and border.
  const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, edge) => sum + parseFloat(style[edge]), 0);
  piece.style.containIntrinsicBlockSize = `auto ${twin.getBoundingClientRect().height - edges}px`;
}

// A part's key, which both renders write (`data-part`): the same key, the same part.
const sameKey = (a, b) => a.dataset.part !== undefined && a.dataset.part === b.dataset.part;
const twinIn = (parent, piece) => [...parent.children].find((e) => sameKey(e, piece));

/**
 * Puts each part the app has built in `container` in place of its prerendered
 * twin (the one with its `data-part` key); `inParts` when <main> is built a child at a time, whose finished
 * children then move instead of it. On the first call, returns false and
 * moves nothing if the app's page is not the prerendered one (another view, a
 * notice), for `replace_all`. Later, a part without a twin (never expected:
 * both come from the same components) goes at the end of its parent.
 */
export function place_built(container, first, inParts) {
  const body = document.body;
  if (first) {
    const live = body.children;
    const app = container.children;
    if (live.length !== app.length || [...app].some((e, i) => !sameKey(e, live[i]))) return false;
  }
  const pairs = [];
  for (const piece of container.children) {
    const twin = twinIn(body, piece);
    if (twin && inParts && piece.tagName === 'MAIN') {
      for (const child of piece.children) pairs.push([child, twinIn(twin, child), twin]);
    } else pairs.push([piece, twin, body]);
  }
  // Sizes are read before the kept drawings leave their twins.
  for (const [piece, twin] of pairs) if (twin) keepSize(twin, piece);
  // What moves from a twin into its part can be the browser's scroll
  // anchor: the reader's place is put back as it was.
  const { scrollX: x, scrollY: y } = window;
  adoptKept(container);
  for (const [piece, twin, parent] of pairs) {
    if (!twin) {
      parent.append(piece);
      continue;
    }
    const state = readerState(twin);
    unreplaced.delete(twin);
    // <main> built a child at a time stays, and its children are replaced.
    if (parent !== body) unreplaced.delete(parent);
    twin.replaceWith(piece);
    restore(piece, state);
  }
  if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
  return true;
}

/** Replaces the whole prerendered page with the app's rendering in `container`, keeping the reader's place, open tables and focus. */
export function replace_all(container) {
  const body = document.body;
  adoptKept(container);
  const state = readerState(body);
  const { scrollX: x, scrollY: y } = window;
  body.replaceChildren(...container.childNodes);
  unreplaced.clear();
  restore(body, state);
  // Focusing can scroll; the reader's place wins.
  if (x || y) window.scrollTo(x, y);
}

/** The app has taken over every part: the page stops being the prerendered one (its CSS, `data-prerendered`). */
export function end_takeover() {
  // A prerendered part no part of the app replaced (never expected: both
  // come from the same components) is said and removed, not left stale.
  for (const part of unreplaced) {
    if (!part.isConnected || part.tagName === 'MAIN') continue;
    console.warn(`The app had no part for the prerendered ${part.tagName.toLowerCase()}${part.id ? `#${part.id}` : ''}${part.className ? `.${part.className}` : ''}: removed.`);
    part.remove();
  }
  unreplaced.clear();
  document.documentElement.removeAttribute('data-prerendered');
}

/**
 * Resolves when the browser is idle (input handled, frames painted), or after
 * a second at the latest; in a new task where idle callbacks are missing.
 */
export function after_idle() {
  if (!('requestIdleCallback' in window)) return after_a_task();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
}

/** Resolves in a new task, after the browser has had the chance to handle input and paint. */
export function after_a_task() {
  return new Promise((resolve) => setTimeout(resolve));
}
