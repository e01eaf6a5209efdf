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
    /// Xiaomi's EV segment: revenue (two definitions, over different quarters),
    /// gross margin, and the result (adjusted net, then operating).
    pub const XIAOMI_SEGMENT_REVENUE: &str = "xiaomi-ev-segment-revenue-quarter";
    pub const XIAOMI_EV_REVENUE: &str = "xiaomi-ev-revenue-quarter";
    pub const XIAOMI_GROSS_MARGIN: &str = "xiaomi-ev-gross-margin-quarter";
    pub const XIAOMI_ADJUSTED_NET_RESULT: &str = "xiaomi-ev-adjusted-net-result-quarter";
    pub const XIAOMI_OPERATING_RESULT: &str = "xiaomi-ev-operating-result-quarter";
    /// EV sales by region, as the regional chart reads them.
    pub const EV_SALES_GLOBAL: &str = "ev-sales-global";
    pub const EV_SALES_CHINA: &str = "ev-sales-china";
    pub const EV_SALES_EUROPE: &str = "ev-sales-europe";
    pub const EV_SALES_US: &str = "ev-sales-us";
    /// Other forecasters for a region: BloombergNEF, CAAM for China.
    pub const EV_SALES_GLOBAL_BNEF: &str = "ev-sales-global-bnef";
    pub const EV_SALES_CHINA_CAAM: &str = "ev-sales-china-caam";
    pub const EV_SALES_US_BNEF_CHANGE: &str = "ev-sales-us-bnef-change";
    pub const ALL: [&str; 18] = [
        XIAOMI_MONTHLY,
        XIAOMI_MONTHLY_CPCA,
        XIAOMI_QUARTERLY,
        XIAOMI_YEARLY,
        XIAOMI_TARGET,
        XIAOMI_TARGET_RAISED,
        XIAOMI_SEGMENT_REVENUE,
        XIAOMI_EV_REVENUE,
        XIAOMI_GROSS_MARGIN,
        XIAOMI_ADJUSTED_NET_RESULT,
        XIAOMI_OPERATING_RESULT,
        EV_SALES_GLOBAL,
        EV_SALES_CHINA,
        EV_SALES_EUROPE,
        EV_SALES_US,
        EV_SALES_GLOBAL_BNEF,
        EV_SALES_CHINA_CAAM,
        EV_SALES_US_BNEF_CHANGE,
    ];
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
    /// How long a carmaker took to reach 100,000 deliveries, and to profit.
    pub const DAYS_TO_100K: &str = "days_to_100k";
    pub const MONTHS_TO_PROFIT: &str = "months_to_profit";
    pub const ALL: [&str; 8] =
        [DELIVERIES, CPCA, SEGMENT_REVENUE, EV_REVENUE, SALES_INCL_PHEV, YOY_CHANGE, DAYS_TO_100K, MONTHS_TO_PROFIT];
}
