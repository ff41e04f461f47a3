//! The Review step's worry scales across meetings: one small chart per worry
//! (a picture with a text alternative; geometry in `domain::scale_chart`).

use leptos::prelude::*;

use crate::domain::history::scale_across_meetings;
use crate::domain::i18n::steps::review::ReviewText;
use crate::domain::scale_chart::{self, HEIGHT, WIDTH};
use crate::domain::ItemId;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;

#[component]
pub fn WorryScales() -> impl IntoView {
    let plan = use_editor().plan;
    let t = ReviewText::get(ui_language());
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.worries.iter().map(|w| w.id).collect::<Vec<_>>())
    });
    view! {
        <section class="review-scales" aria-labelledby="review-scales-title">
            <h2 id="review-scales-title">{t.scales}</h2>
            <p class="hint">{t.scales_hint}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">{t.no_worries}</p>
            </Show>
            <ul class="scale-charts">
                <For each=move || ids.get() key=|id| *id let:id>
                    <WorryScale id=id/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn WorryScale(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = ReviewText::get(language);
    let name = Memo::new(move |_| {
        plan.with_item(id, |p| {
            p.worries
                .iter()
                .find(|w| w.id == id)
                .map(|w| w.text.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| t.untitled_worry.to_string())
        })
    });
    let chart = Memo::new(move |_| {
        plan.with_item(id, |p| scale_chart::chart(&scale_across_meetings(p, id)))
    });
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    view! {
        <li class="scale-chart" data-worry=id>
            <p class="scale-name">{move || name.get()}</p>
            {move || {
                let c = chart.get();
                if c.is_empty() {
                    view! { <p class="hint">{t.no_scale}</p> }.into_any()
                } else {
                    let alt = scale_chart::describe(&c, language);
                    view! {
                        <svg class="scale-svg" viewBox=view_box.clone() width=WIDTH.to_string() height=HEIGHT.to_string()
                            role="img" aria-label=alt>
                            <line class="scale-axis" x1="0" y1=HEIGHT.to_string() x2=WIDTH.to_string() y2=HEIGHT.to_string()/>
                            <polyline class="scale-line" points=c.line.clone() fill="none"/>
                            {c.points.iter().map(|p| view! {
                                <circle class=if p.now { "scale-dot now" } else { "scale-dot" }
                                    cx=p.x.to_string() cy=p.y.to_string() r=if p.now { "4" } else { "3" }/>
                            }).collect_view()}
                        </svg>
                    }.into_any()
                }
            }}
        </li>
    }
}
