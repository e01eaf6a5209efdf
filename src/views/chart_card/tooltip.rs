//! The chart's tooltip: hovering shows one; a tap, click or key pins it, so
//! that its source links can be reached and followed; arrow keys move it
//! from point to point and a screen reader hears each one.

use super::super::browser;
use super::sources::source_links;
use crate::charts::ChartModel;
use crate::data::Lang;
use crate::format;
use crate::text::{messages, ui};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The point whose tooltip shows, and where: one signal, so moving between
/// points is one update.
#[derive(Clone, Copy, PartialEq)]
struct ActivePoint {
    index: usize,
    x: f64,
    y: f64,
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
}

impl Tooltip {
    pub fn new(model: Memo<ChartModel>, frame: NodeRef<Div>) -> Tooltip {
        Tooltip { model, frame, active: RwSignal::new(None) }
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
        let (x, y) = match container.query_selector(&selector) {
            Ok(Some(target)) => {
                let (x, y, w, _) = browser::offset_within(&target, &container);
                (x + w / 2.0, y)
            }
            _ => self.active.get_untracked().map_or((0.0, 0.0), |tip| (tip.x, tip.y)),
        };
        self.active.set(Some(ActivePoint { index, x, y, pinned }));
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
        let ActivePoint { index, x, y, pinned } = self.active.get()?;
        let point = self.model.with(|m| m.points.get(index).cloned())?;
        let (sources, conflicts) =
            self.model.with(|m| (source_links(&m.sources_of(&point), embed), m.conflict_lines(&point)));
        let text = messages(lang);
        Some(view! {
            // style:… sets properties through the CSSOM, which a strict CSP allows.
            <div class="tooltip" class:pinned=pinned style:left=format!("{x:.0}px") style:top=format!("{y:.0}px")>
                <strong>{point.series_label.clone()}</strong>
                <span class="tip-period">{format::period(&point.period, lang)}</span>
                <span class="tip-value">{point.label(lang)}</span>
                <span class="tip-meta">{text.qualifier_word(point.qualifier)}" · "{text.kind_word(point.kind)}</span>
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
            messages(lang).qualifier_word(point.qualifier)
        ))
    }
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
    use super::key_move;

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
