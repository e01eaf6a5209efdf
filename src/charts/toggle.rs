//! A chart's toggle (by month, quarter or year; which year; which measure):
//! one definition of its choices, their ids in the URL and their labels, for
//! every chart that has one.

use crate::data::Dataset;
use crate::text::Lang;

/// The choices of a toggle that are the same whatever the data holds.
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
        Self::ALL.iter().map(|choice| ToggleOption { id: choice.id().to_owned(), label: choice.label(lang) }).collect()
    }
}

/// The buttons of a [`Toggle`], whatever the dataset: a registry entry's
/// `options` for a toggle whose choices do not follow the data.
pub fn fixed_options<T: Toggle>(_: &Dataset, lang: Lang) -> Vec<ToggleOption> {
    T::options(lang)
}

/// One choice of a chart's toggle (e.g. "by quarter"), as a button shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToggleOption {
    pub id: String,
    pub label: String,
}

/// Sets `slot` to the choice with this id; false when there is none.
pub fn choose<T: Toggle>(slot: &mut T, id: &str) -> bool {
    T::from_id(id).map(|choice| *slot = choice).is_some()
}
