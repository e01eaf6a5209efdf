//! How a point is drawn (filled, open, dashed, derived), read from what the
//! point is; the marks draw it and the palette and legend name it.

use crate::charts::DataPoint;
use crate::data::{Kind, Qualifier};

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Swatch {
    Filled,
    Open,
    /// Computed from other figures, not published.
    Derived,
    Dashed,
    Tick,
    Line,
}

pub(super) fn swatch_of(point: &DataPoint) -> Swatch {
    if point.derivation.is_some() && point.kind.is_outcome() {
        Swatch::Derived
    } else if point.secondary {
        Swatch::Tick
    } else if matches!(point.kind, Kind::Target | Kind::Forecast | Kind::Guidance) {
        Swatch::Dashed
    } else if point.qualifier == Qualifier::AtLeast {
        Swatch::Open
    } else {
        Swatch::Filled
    }
}
