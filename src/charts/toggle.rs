//! A chart's toggle (by month, quarter or year; which year; which measure):
//! one definition of its choices, their ids in the URL and their labels, for
//! every chart that has one.

use crate::data::Lang;

/// The choices of one chart's toggle.
pub trait Toggle: Copy + Sized + 'static {
    /// Every choice, in the order the buttons show them.
    const ALL: &'static [Self];

    /// The choice's id in the URL (`?by=month`).
    fn id(self) -> &'static str;

    /// The choice's button label.
    fn label(self, lang: Lang) -> String;

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|choice| choice.id() == id)
    }

    /// The buttons: every choice with its label.
    fn options(lang: Lang) -> Vec<ToggleOption> {
        Self::ALL.iter().map(|choice| ToggleOption { id: choice.id(), label: choice.label(lang) }).collect()
    }
}

/// One choice of a chart's toggle (e.g. "by quarter"), as a button shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToggleOption {
    pub id: &'static str,
    pub label: String,
}

/// Sets `slot` to the choice with this id; false when there is none.
pub fn choose<T: Toggle>(slot: &mut T, id: &str) -> bool {
    T::from_id(id).map(|choice| *slot = choice).is_some()
}
