//! The dataset ids the code reads, each named once. Every one is checked to
//! exist in the curated dataset (`data/tests.rs`), so renaming an id in
//! `data/dataset.json` without changing it here fails a test, not a chart.

/// Series, by `id`.
pub mod series {
    pub const XIAOMI_MONTHLY: &str = "xiaomi-deliveries-month";
    pub const XIAOMI_MONTHLY_CPCA: &str = "xiaomi-cpca-month";
    pub const XIAOMI_QUARTERLY: &str = "xiaomi-deliveries-quarter";
    pub const XIAOMI_YEARLY: &str = "xiaomi-deliveries-year";
    pub const XIAOMI_TARGET: &str = "xiaomi-target-announced";
    pub const XIAOMI_TARGET_RAISED: &str = "xiaomi-target-raised";
    pub const ALL: [&str; 6] =
        [XIAOMI_MONTHLY, XIAOMI_MONTHLY_CPCA, XIAOMI_QUARTERLY, XIAOMI_YEARLY, XIAOMI_TARGET, XIAOMI_TARGET_RAISED];
}

/// Milestones, by `id`.
pub mod milestone {
    pub const SU7_LAUNCH: &str = "su7-launch";
    pub const VEHICLE_500K: &str = "vehicle-500000";
    pub const ALL: [&str; 2] = [SU7_LAUNCH, VEHICLE_500K];
}

/// Entities, the `entity` of series and milestones.
pub mod entity {
    pub const XIAOMI: &str = "xiaomi";
    pub const CHINA: &str = "china";
    pub const ALL: [&str; 2] = [XIAOMI, CHINA];
}

/// Measures, the `measure` of series.
pub mod measure {
    pub const DELIVERIES: &str = "deliveries";
    /// Retail sales as CPCA counts them, beside the deliveries Xiaomi reports.
    pub const CPCA: &str = "cpca";
    pub const SEGMENT_REVENUE: &str = "segment_revenue";
    pub const EV_REVENUE: &str = "ev_revenue";
    /// A carmaker's sales including plug-in hybrids, where only that is published.
    pub const SALES_INCL_PHEV: &str = "sales_incl_phev";
    pub const YOY_CHANGE: &str = "yoy_change";
    pub const ALL: [&str; 6] = [DELIVERIES, CPCA, SEGMENT_REVENUE, EV_REVENUE, SALES_INCL_PHEV, YOY_CHANGE];
}
