//! Step 2: our team — everyone who supports the family, formal and informal
//! (O1, O2, O4, B1, B2), the children, and the team as a picture.

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::steps::team::{self as words, PictureCounts, TeamText};
use crate::domain::team_map::{self, SIZE};
use crate::domain::{Child, ItemId, Role, SupportKind, TeamMember};
use crate::field;
use crate::ui::bind::Binding;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::ROOT;
use crate::ui::steps::lists::{add_item, progressive};
use crate::ui::widgets::{CheckField, ChoiceField, ItemForm, PrivateToggle, Prompt, TextField};

#[component]
pub fn TeamStep() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let t = TeamText::get(ui_language());
    let members = Memo::new(move |_| {
        plan.with_structure(|p| p.team.iter().map(|m| m.id).collect::<Vec<_>>())
    });
    let children = Memo::new(move |_| {
        plan.with_structure(|p| p.children.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    let shown_members = progressive(members);
    let add_member = move |_| {
        add_item(
            plan,
            |p, id| {
                p.team.push(TeamMember {
                    id,
                    attending: true,
                    ..TeamMember::default()
                });
            },
            |id| format!("member-{id}-name"),
        );
    };
    let add_child = move |_| {
        add_item(
            plan,
            |p, id| {
                p.children.push(Child {
                    id,
                    ..Child::default()
                });
            },
            |id| format!("child-{id}-name"),
        );
    };
    view! {
        <Prompt>{t.helped_prompt}</Prompt>
        <Prompt>{t.rather_not_prompt}</Prompt>
        <FatherPrompt/>
        <TeamMap/>
        <h2>{t.children}</h2>
        <ul class="cards">
            <For each=move || children.get() key=|id| *id let:id>
                <ChildCard id=id/>
            </For>
        </ul>
        <button type="button" class="button add" id="add-child" on:click=add_child>{t.add_child}</button>
        <h2>{t.everyone}</h2>
        <ul class="cards" aria-busy=shown_members.aria_busy()>
            <For each=move || shown_members.shown.get() key=|id| *id let:id>
                <MemberCard id=id/>
            </For>
        </ul>
        <button type="button" class="button add" id="add-member" on:click=add_member>{t.add_member}</button>
    }
}

/// B1/B11: "engage fathers": from the team's roles (fathers and father
/// figures such as a stepfather), whatever words the family uses for them,
/// with a place to note what was done to reach a father who is not here.
#[component]
fn FatherPrompt() -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = TeamText::get(language);
    let counts = Memo::new(move |_| plan.with(|p| p.father_figures()));
    let noted =
        Memo::new(move |_| plan.with_item(ROOT, |p| !p.meeting.father_outreach.trim().is_empty()));
    let text = move || words::father_prompt(counts.get(), language);
    // The note stays reachable once written, even when a father is here now;
    // folded away, since the editor may be on the room's screen.
    let outreach = move || {
        (counts.get().1 == 0 || noted.get()).then(|| {
            view! {
                <details class="caseworker-note">
                    <summary>{t.outreach_summary}</summary>
                    <TextField label=t.outreach_label multiline=true
                        binding=field!(plan, meeting.father_outreach) id="father-outreach"/>
                </details>
            }
        })
    };
    view! {
        <div class="father-prompt">
            {move || text().map(|text| view! { <p class="gentle-prompt" role="note">{t.engage_fathers} {text}</p> })}
            {outreach}
        </div>
    }
}

#[component]
fn ChildCard(id: ItemId) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let t = TeamText::get(ui_language());
    let age = crate::ui::bind::bind(
        plan,
        [id],
        move |p| p.children.iter().find(|c| c.id == id).map(|c| &c.age),
        move |p| {
            p.children
                .iter_mut()
                .find(|c| c.id == id)
                .map(|c| &mut c.age)
        },
    );
    let age_id = format!("child-{id}-age");
    view! {
        <li class="card child-card">
            <ItemForm>
                <div class="grid three">
                    <TextField label=t.child_name binding=field!(plan, children[id].name) id=format!("child-{id}-name")/>
                    <div class="field">
                        <label for=age_id.clone()>{t.age}</label>
                        <input id=age_id type="number" min="0" max="25" inputmode="numeric"
                            prop:value=move || age.get().map(|a| a.to_string()).unwrap_or_default()
                            on:change=move |ev| age.set(event_target_value(&ev).trim().parse::<u8>().ok())/>
                    </div>
                    <TextField label=t.living_with multiline=true binding=field!(plan, children[id].living_with)/>
                    <ChoiceField label=t.home_safety binding=field!(plan, children[id].home_safety)/>
                </div>
                <div class="row">
                    <PrivateToggle binding=field!(plan, children[id].private)/>
                    <button type="button" class="button small ghost" aria-label=move || fill(t.remove_child_label, &[("name", &plan.with_item(id, |p| p.children.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_default()))]) on:click=move |_| editor.delete_with_undo(t.child_removed, move |p| p.children.retain(|c| c.id != id))>{t.remove_child}</button>
                </div>
            </ItemForm>
        </li>
    }
}

#[component]
fn MemberCard(id: ItemId) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let t = TeamText::get(ui_language());
    // Choosing a role also picks the support kind that role usually brings.
    let role = field!(plan, team[id].role);
    let role = Binding {
        value: role.value,
        write: Callback::new(move |r: Role| {
            plan.edit(&[id], |p| {
                if let Some(m) = p.team.iter_mut().find(|m| m.id == id) {
                    m.role = r;
                    m.support = r.usual_support();
                }
            })
        }),
    };
    let name = move || {
        plan.with_item(id, |p| {
            p.member(id)
                .map(|m| {
                    m.display_name_in(crate::ui::context::language::ui_language())
                        .to_string()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <li class="card member-card">
            <ItemForm>
                <div class="grid three">
                    <TextField label=t.name binding=field!(plan, team[id].name) id=format!("member-{id}-name")/>
                    <ChoiceField label=t.role binding=role/>
                    <ChoiceField label=t.support_kind binding=field!(plan, team[id].support)/>
                    <TextField label=t.relation binding=field!(plan, team[id].relation) placeholder=t.relation_placeholder/>
                    <TextField label=t.contact binding=field!(plan, team[id].contact) placeholder=t.contact_placeholder/>
                    <CheckField label=t.here_today binding=field!(plan, team[id].attending)/>
                </div>
                <TextField label=t.helped binding=field!(plan, team[id].helped) multiline=true meter=true/>
                <details class="reluctance">
                    <summary>{t.reluctance}</summary>
                    <TextField label=t.reluctance_worry binding=field!(plan, team[id].reluctance) multiline=true meter=true/>
                    <TextField label=t.reluctance_addressed binding=field!(plan, team[id].reluctance_addressed) multiline=true meter=true/>
                </details>
                <Show when=move || plan.with_item(id, |p| p.member(id).is_some_and(|m| m.private))>
                    <p class="hint private-consequence">{t.private_consequence}</p>
                </Show>
                <div class="row">
                    <PrivateToggle binding=field!(plan, team[id].private)/>
                    <button type="button" class="button small ghost" aria-label=move || fill(t.remove_member_label, &[("name", &name())]) on:click=move |_| {
                        let who = name();
                        editor.delete_with_undo(&fill(t.member_removed, &[("name", &who)]), move |p| { p.remove_member(id); })
                    }>{t.remove_member}</button>
                </div>
            </ItemForm>
        </li>
    }
}

/// The team as a picture: family in the centre, informal supports left, formal right;
/// a solid ring for people here today, dashed for people not here.
#[component]
pub fn TeamMap() -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = TeamText::get(language);
    let reader = crate::ui::context::language::ui_language();
    let nodes = Memo::new(move |_| plan.with(|p| team_map::layout_in(p, reader)));
    let description = move || {
        let n = nodes.get();
        let count = |k: SupportKind| n.iter().filter(|x| x.support == k).count();
        words::team_picture(
            PictureCounts {
                family: count(SupportKind::Family),
                informal: count(SupportKind::Informal),
                formal: count(SupportKind::Formal),
                here: n.iter().filter(|x| x.attending).count(),
                total: n.len(),
                private: n.iter().filter(|x| x.private).count(),
            },
            language,
        )
    };
    view! {
        <figure class="team-map">
            <svg viewBox=format!("0 0 {} {}", SIZE.0, SIZE.1) role="img" aria-label=description>
                <text x="70" y="28" class="map-group">{t.map_informal}</text>
                <text x="730" y="28" class="map-group" text-anchor="end">{t.map_formal}</text>
                <circle cx="400" cy="240" r="120" class="map-family-zone"/>
                <text x="400" y="100" class="map-group" text-anchor="middle">{t.map_family}</text>
                {move || nodes.get().into_iter().map(|n| {
                    let class = format!("map-node {} {}{}", n.support.key(), if n.attending { "attending" } else { "absent" }, if n.private { " private" } else { "" });
                    view! {
                        <line x1="400" y1="240" x2=n.x.to_string() y2=n.y.to_string() class="map-link"/>
                        <g class=class data-member=n.id.to_string()>
                            <circle cx=n.x.to_string() cy=n.y.to_string() r="30"/>
                            <text x=n.x.to_string() y=(n.y + 5.0).to_string() text-anchor="middle" class="map-initials">{crate::domain::text::initials(&n.name)}</text>
                            <text x=n.x.to_string() y=(n.y + 48.0).to_string() text-anchor="middle" class="map-name">{n.name.clone()}</text>
                            {n.private.then(|| view! { <text x=n.x.to_string() y=(n.y + 66.0).to_string() text-anchor="middle" class="map-private">{t.map_not_shared}</text> })}
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>{t.map_caption}</figcaption>
        </figure>
    }
}
