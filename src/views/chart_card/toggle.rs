//! The chart's toggle (by month, quarter, year…), if it has one: each choice
//! redraws the chart and is kept in the address.

use super::super::{browser, context};
use crate::charts::{ChartId, ChartSettings};
use crate::text::ui;
use crate::text::Lang;
use leptos::prelude::*;

/// `on_choose` runs after each choice (the card closes its tooltip).
pub fn toggle_controls(
    id: ChartId,
    lang: Lang,
    settings: RwSignal<ChartSettings>,
    on_choose: impl Fn() + Copy + Send + Sync + 'static,
) -> Option<impl IntoView> {
    let dataset = context::dataset();
    let options = id.toggle_options(&dataset, lang);
    (!options.is_empty()).then(|| {
        let buttons = options
            .into_iter()
            .map(|option| {
                let option_id = StoredValue::new(option.id);
                let dataset = dataset.clone();
                view! {
                    <button type="button" disabled=browser::PRERENDERING
                        aria-pressed=move || option_id.with_value(|o| settings.get().shown(id, &dataset).as_ref() == Some(o)).to_string()
                        on:click=move |_| option_id.with_value(|option_id| {
                            settings.update(|s| { s.set(id, option_id); });
                            on_choose();
                            let default = ChartSettings::default().selected(id).as_deref() == Some(option_id);
                            if let Some(param) = id.toggle_param() {
                                browser::set_query_param(param, (!default).then_some(option_id));
                            }
                        })>
                        {option.label}
                    </button>
                }
            })
            .collect_view();
        view! { <div class="controls" role="group" aria-label=ui(lang).group_by>{buttons}</div> }
    })
}
