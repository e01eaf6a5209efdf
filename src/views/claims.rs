//! The claims panel: each seed article's claim, the computed check, the
//! verdict and how it was reached, linked to the sources.

use super::context;
use crate::analysis::claims::check_claims;
use crate::analysis::consistency::{findings, FindingKind};
use crate::data::Dataset;
use crate::text::ui;
use crate::text::Lang;
use leptos::prelude::*;

fn source_links(dataset: &Dataset, ids: &[String], lang: Lang) -> impl IntoView {
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            let name = dataset.source(id).map(|s| s.publisher.get(lang).to_owned()).unwrap_or_else(|| id.clone());
            view! { {if i == 0 { "" } else { ui(lang).sources_separator }}<a href=format!("#source-{id}")>{name}</a> }
        })
        .collect_view()
}

#[component]
pub fn ClaimsPanel() -> impl IntoView {
    let (dataset, lang) = (context::dataset(), context::lang());
    let text = ui(lang);
    let rows = check_claims(&dataset, lang)
        .into_iter()
        .map(|result| {
            view! {
                <tr data-claim=result.id.clone()>
                    <td data-label=text.claim_column>{result.text.clone()}</td>
                    <td data-label=text.claim_seed>{source_links(&dataset, &result.seeds, lang)}</td>
                    <td data-label=text.claim_computed class="num">{result.computed.clone()}</td>
                    <td data-label=text.claim_verdict>
                        <span class=format!("verdict verdict-{}", result.verdict.id())>{result.verdict.label(lang)}</span>
                    </td>
                    <td data-label=text.claim_explanation>
                        {result.explanation.clone()}<br/><small>{source_links(&dataset, &result.sources, lang)}</small>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="chart-card claims" data-chart="claims" data-part="claims" id="chart-claims" aria-labelledby="claims-heading">
            <h2 id="claims-heading">{text.claims_heading}</h2>
            <p class="takeaway">{text.claims_intro}</p>
            <div class="table-scroll">
                <table class="claims-table">
                    <thead><tr>
                        <th scope="col">{text.claim_column}</th>
                        <th scope="col">{text.claim_seed}</th>
                        <th scope="col">{text.claim_computed}</th>
                        <th scope="col">{text.claim_verdict}</th>
                        <th scope="col">{text.claim_explanation}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// Consistency findings where figures differ: shown, not hidden.
#[component]
pub fn FindingsList() -> impl IntoView {
    let (dataset, lang) = (context::dataset(), context::lang());
    let text = ui(lang);
    let items = findings(&dataset, lang)
        .into_iter()
        .filter(|f| f.kind != FindingKind::Agrees)
        .map(|f| view! { <li>{f.message}</li> })
        .collect_view();
    view! {
        <section class="findings" data-part="findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{text.findings_heading}</h2>
            <p>{text.findings_intro}</p>
            <ul>{items}</ul>
        </section>
    }
}
