//! The headline figures as a definition list, the same in the header and on
//! the title slide (`analysis::key_numbers` computes and words them).

use super::context;
use crate::analysis::key_numbers::key_numbers;
use leptos::prelude::*;

#[component]
pub fn KeyNumbers() -> impl IntoView {
    let items = key_numbers(&context::dataset(), context::lang())
        .into_iter()
        .map(|number| {
            view! {
                <div class="key-number">
                    <dt>{number.label}</dt>
                    <dd><span class="value">{number.value}</span><span class="detail">{number.detail}</span></dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="key-numbers">{items}</dl> }
}
