//! What the app adds to the tooltips every drawing carries (drawn with it
//! and shown by CSS alone: charts/render/tooltip.rs): arrow keys move from
//! point to point, a screen reader hears each one, and a tap or click pins
//! a point's tooltip.

use super::super::browser;
use crate::charts::ChartModel;
use crate::format;
use crate::text::Lang;
use leptos::html::Div;
use leptos::prelude::*;

/// One chart's keyed point, and the handlers the chart frame wires to it.
#[derive(Clone, Copy)]
pub struct Tooltip {
    model: Memo<ChartModel>,
    /// The chart frame, whose drawing holds the tooltips.
    frame: NodeRef<Div>,
    /// The point the keys are on (or the last one tapped), if any.
    active: RwSignal<Option<usize>>,
}

impl Tooltip {
    pub fn new(model: Memo<ChartModel>, frame: NodeRef<Div>) -> Tooltip {
        Tooltip { model, frame, active: RwSignal::new(None) }
    }

    pub fn close(self) {
        self.show(None);
    }

    fn show(self, index: Option<usize>) {
        self.active.set(index);
        if let Some(frame) = self.frame.get_untracked() {
            browser::key_point(&frame, index);
        }
    }

    /// A press on a point pins its tooltip (keyed, as by the keys, which go
    /// on from it); a press off every point hides it.
    pub fn on_pointer_down(self, ev: leptos::ev::PointerEvent) {
        self.show(browser::point_under(&ev));
    }

    /// Focus leaving the chart hides the keyed tooltip.
    pub fn on_focus_out(self, ev: leptos::ev::FocusEvent) {
        let left = self.frame.get_untracked().is_none_or(|frame| browser::focus_leaves(&ev, &frame));
        if left {
            self.close();
        }
    }

    pub fn on_key(self, ev: leptos::ev::KeyboardEvent) {
        let count = self.model.with_untracked(|m| m.points.len());
        let Some(next) = key_move(&ev.key(), self.active.get_untracked(), count) else { return };
        ev.prevent_default();
        self.show(next);
    }

    /// What a screen reader hears when the keyboard moves to the active point.
    pub fn announcement(self, lang: Lang) -> Option<String> {
        let index = self.active.get()?;
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
