//! The chart's tooltip: hovering shows one; a tap, click or key pins it, so
//! that its source links can be reached and followed; arrow keys move it
//! from point to point and a screen reader hears each one.

use super::super::browser;
use super::sources::source_links;
use crate::charts::ChartModel;
use crate::format;
use crate::text::Lang;
use crate::text::{messages, ui};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The point whose tooltip shows, and where: one signal, so moving between
/// points is one update.
#[derive(Clone, Copy, PartialEq)]
struct ActivePoint {
    index: usize,
    /// The point's box in the chart frame: its middle, top and bottom.
    x: f64,
    y: f64,
    bottom: f64,
    /// Stays when the pointer moves off the point (tapped, clicked or keyed).
    pinned: bool,
}

/// One chart's tooltip state, and the handlers the chart frame wires to it.
#[derive(Clone, Copy)]
pub struct Tooltip {
    model: Memo<ChartModel>,
    /// The chart frame, which the tooltip is placed within.
    frame: NodeRef<Div>,
    active: RwSignal<Option<ActivePoint>>,
    /// The tooltip element, measured once drawn to keep it inside the window.
    tip: NodeRef<Div>,
    /// Where the drawn tooltip goes in the frame; `None` while it is measured.
    placed: RwSignal<Option<(f64, f64)>>,
}

impl Tooltip {
    pub fn new(model: Memo<ChartModel>, frame: NodeRef<Div>) -> Tooltip {
        let tooltip =
            Tooltip { model, frame, active: RwSignal::new(None), tip: NodeRef::new(), placed: RwSignal::new(None) };
        // Runs once the tooltip for a new point is drawn: its size is known
        // only then (it wraps to the window's width).
        Effect::new(move |_| {
            let Some(point) = tooltip.active.get() else { return };
            let (Some(tip), Some(frame)) = (tooltip.tip.get(), tooltip.frame.get_untracked()) else { return };
            let tip = tip.get_bounding_client_rect();
            let frame = frame.get_bounding_client_rect();
            tooltip.placed.set(Some(place(
                (point.x, point.y, point.bottom),
                (frame.left(), frame.top()),
                (tip.width(), tip.height()),
                browser::window_size(),
            )));
        });
        tooltip
    }

    pub fn close(self) {
        self.active.set(None);
    }

    /// Places the tooltip next to point `index` and makes it the active one.
    fn show(self, index: usize, pinned: bool) {
        let Some(container) = self.frame.get_untracked() else { return };
        if index >= self.model.with_untracked(|m| m.points.len()) {
            return;
        }
        let selector = format!("[data-point=\"{index}\"]");
        let (x, y, bottom) = match container.query_selector(&selector) {
            Ok(Some(target)) => {
                let (x, y, w, h) = browser::offset_within(&target, &container);
                (x + w / 2.0, y, y + h)
            }
            _ => self.active.get_untracked().map_or((0.0, 0.0, 0.0), |tip| (tip.x, tip.y, tip.bottom)),
        };
        if self.active.get_untracked().is_none_or(|tip| tip.index != index) {
            self.placed.set(None);
        }
        self.active.set(Some(ActivePoint { index, x, y, bottom, pinned }));
    }

    /// Pointer moves and presses over the chart.
    pub fn on_pointer(self, ev: leptos::ev::PointerEvent) {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if target.as_ref().is_some_and(|e| e.closest(".tooltip").ok().flatten().is_some()) {
            return;
        }
        let pressed = ev.type_() == "pointerdown";
        let point = target
            .and_then(|e| e.closest("[data-point]").ok().flatten())
            .and_then(|e| e.get_attribute("data-point"))
            .and_then(|i| i.parse::<usize>().ok());
        let pinned = self.active.get_untracked().filter(|tip| tip.pinned);
        match (point, pinned) {
            (Some(index), Some(tip)) if !pressed && tip.index != index => {}
            (Some(index), _) => self.show(index, pressed || pinned.is_some_and(|tip| tip.index == index)),
            (None, Some(_)) if !pressed => {}
            (None, _) => self.close(),
        }
    }

    pub fn on_leave(self) {
        if !self.active.get_untracked().is_some_and(|tip| tip.pinned) {
            self.close();
        }
    }

    /// Focus moving into the tooltip's links keeps it open.
    pub fn on_focus_out(self, ev: leptos::ev::FocusEvent) {
        let next = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = match (next, self.frame.get_untracked()) {
            (Some(next), Some(container)) => container.contains(Some(&next)),
            _ => false,
        };
        if !inside {
            self.close();
        }
    }

    pub fn on_key(self, ev: leptos::ev::KeyboardEvent) {
        let count = self.model.with_untracked(|m| m.points.len());
        let current = self.active.get_untracked().map(|tip| tip.index);
        let Some(next) = key_move(&ev.key(), current, count) else { return };
        ev.prevent_default();
        match next {
            Some(index) => self.show(index, true),
            None => self.close(),
        }
    }

    /// The tooltip for the active point, if there is one.
    pub fn view(self, lang: Lang, embed: bool) -> Option<impl IntoView> {
        let ActivePoint { index, pinned, .. } = self.active.get()?;
        let placed = self.placed;
        let point = self.model.with(|m| m.points.get(index).cloned())?;
        let (sources, conflicts) =
            self.model.with(|m| (source_links(&m.sources_of(&point), embed), m.conflict_lines(&point)));
        let text = messages(lang);
        Some(view! {
            // style:… sets properties through the CSSOM, which a strict CSP allows.
            <div class="tooltip" class:pinned=pinned class:measuring=move || placed.get().is_none() node_ref=self.tip
                style:left=move || format!("{:.0}px", placed.get().map_or(0.0, |(left, _)| left))
                style:top=move || format!("{:.0}px", placed.get().map_or(0.0, |(_, top)| top))>
                <strong>{point.series_label.clone()}</strong>
                <span class="tip-period">{format::period(&point.period, lang)}</span>
                <span class="tip-value">{point.label(lang)}</span>
                <span class="tip-meta">{format::qualifier_word(point.qualifier, lang)}{text.dot_separator}{format::kind_word(point.kind, lang)}</span>
                {point.status_words(lang).map(|w| view! { <span class="tip-status">{w}</span> })}
                {conflicts.into_iter().map(|c| view! { <span class="tip-conflict">{c}</span> }).collect_view()}
                {point.derivation.clone().map(|d| view! { <span class="tip-derivation">{d}</span> })}
                <span class="tip-source">{ui(lang).source_label}{sources}</span>
            </div>
        })
    }

    /// What a screen reader hears when the keyboard moves to the active point.
    pub fn announcement(self, lang: Lang) -> Option<String> {
        let index = self.active.get()?.index;
        let point = self.model.with(|m| m.points.get(index).cloned())?;
        Some(format!(
            "{}, {}: {} ({})",
            point.series_label,
            format::period(&point.period, lang),
            point.label(lang),
            format::qualifier_word(point.qualifier, lang)
        ))
    }
}

/// Space kept between the tooltip and the window's edges, and the point.
const MARGIN: f64 = 8.0;

/// Where the tooltip goes in the chart frame (its left and top): centred
/// above the point, or below it where the window has no room above, and
/// moved sideways to stay inside the window. `point` is the point's middle,
/// top and bottom in the frame; `frame` the frame's top left in the window;
/// `tip` the tooltip's size, which CSS keeps within the window's.
fn place(point: (f64, f64, f64), frame: (f64, f64), tip: (f64, f64), window: (f64, f64)) -> (f64, f64) {
    let (x, top, bottom) = point;
    let (tip_width, tip_height) = tip;
    let within = |start: f64, size: f64, room: f64| start.min(room - MARGIN - size).max(MARGIN);
    let left = within(frame.0 + x - tip_width / 2.0, tip_width, window.0);
    let above = frame.1 + top - MARGIN - tip_height;
    let below = frame.1 + bottom + MARGIN;
    let fits_above = above >= MARGIN;
    let fits_below = below + tip_height <= window.1 - MARGIN;
    let more_room_above = frame.1 + top > window.1 - (frame.1 + bottom);
    let top = if fits_above || !fits_below && more_room_above { above } else { below };
    let top = within(top, tip_height, window.1);
    (left - frame.0, top - frame.1)
}

/// Where a key moves the active point among `count` points: to a point
/// (`Some(Some(i))`), off every point (`Some(None)`, Escape), or nowhere for a
/// key the chart leaves to the browser (`None`).
fn key_move(key: &str, current: Option<usize>, count: usize) -> Option<Option<usize>> {
    if count == 0 {
        return None;
    }
    Some(match key {
        "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1) % count)),
        "ArrowLeft" | "ArrowUp" => Some(current.map_or(count - 1, |i| (i + count - 1) % count)),
        "Home" => Some(0),
        "End" => Some(count - 1),
        "Escape" => None,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{key_move, place};

    const WINDOW: (f64, f64) = (412.0, 800.0);

    fn inside(left: f64, top: f64, frame: (f64, f64), tip: (f64, f64)) -> bool {
        let (left, top) = (frame.0 + left, frame.1 + top);
        left >= 8.0 && top >= 8.0 && left + tip.0 <= WINDOW.0 - 8.0 && top + tip.1 <= WINDOW.1 - 8.0
    }

    #[test]
    fn a_tooltip_sits_centred_above_its_point_where_there_is_room() {
        assert_eq!(place((200.0, 300.0, 340.0), (10.0, 100.0), (120.0, 90.0), WINDOW), (140.0, 202.0));
    }

    #[test]
    fn a_tooltip_near_the_right_edge_moves_left_instead_of_being_squeezed() {
        let frame = (10.0, 100.0);
        let (left, top) = place((390.0, 300.0, 340.0), frame, (200.0, 90.0), WINDOW);
        assert!(inside(left, top, frame, (200.0, 90.0)));
        assert_eq!(frame.0 + left + 200.0, WINDOW.0 - 8.0, "flush with the margin, not cut");
    }

    #[test]
    fn a_tooltip_with_no_room_above_goes_below_its_point() {
        let frame = (10.0, -50.0);
        let (left, top) = place((100.0, 60.0, 120.0), frame, (160.0, 120.0), WINDOW);
        assert!(inside(left, top, frame, (160.0, 120.0)));
        assert_eq!(top, 128.0, "below the point's bottom");
    }

    #[test]
    fn a_tooltip_stays_in_the_window_wherever_its_point_is() {
        for frame_top in [-900.0, -300.0, 0.0, 400.0, 780.0] {
            for x in [0.0, 50.0, 200.0, 396.0] {
                for y in [0.0, 150.0, 300.0] {
                    let tip = (180.0, 260.0);
                    let (left, top) = place((x, y, y + 20.0), (8.0, frame_top), tip, WINDOW);
                    assert!(inside(left, top, (8.0, frame_top), tip), "{frame_top} {x} {y}: {left} {top}");
                }
            }
        }
    }

    #[test]
    fn arrow_keys_step_through_the_points_and_wrap_around() {
        assert_eq!(key_move("ArrowRight", None, 3), Some(Some(0)));
        assert_eq!(key_move("ArrowRight", Some(2), 3), Some(Some(0)));
        assert_eq!(key_move("ArrowDown", Some(0), 3), Some(Some(1)));
        assert_eq!(key_move("ArrowLeft", None, 3), Some(Some(2)));
        assert_eq!(key_move("ArrowUp", Some(0), 3), Some(Some(2)));
        assert_eq!(key_move("Home", Some(2), 3), Some(Some(0)));
        assert_eq!(key_move("End", None, 3), Some(Some(2)));
    }

    #[test]
    fn escape_closes_the_tooltip_and_other_keys_are_left_to_the_browser() {
        assert_eq!(key_move("Escape", Some(1), 3), Some(None));
        assert_eq!(key_move("Tab", Some(1), 3), None);
        assert_eq!(key_move("ArrowRight", None, 0), None, "a chart with no points takes no keys");
    }
}
