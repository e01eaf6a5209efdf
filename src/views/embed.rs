//! `?view=embed&chart=<id>`: one chart, nothing else, telling its parent
//! frame how tall it is.

use super::browser;
use super::chart_card::ChartCard;
use crate::charts::{ChartId, ChartSettings};
use leptos::html::Main;
use leptos::prelude::*;

#[component]
pub fn EmbedView(id: ChartId, settings: ChartSettings) -> impl IntoView {
    let root = NodeRef::<Main>::new();
    Effect::new(move |_| {
        if let Some(element) = root.get() {
            browser::observe_height(&element, move |height| browser::post_height(id.id(), height));
        }
    });
    view! {
        <main id="main" class="embed" data-part="embed" node_ref=root>
            <ChartCard id=id initial=settings focused=false embed=true/>
        </main>
    }
}
