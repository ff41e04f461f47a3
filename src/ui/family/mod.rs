//! The family view: what a shared link opens, on a phone, with no stored data.
//! Read-only, plain language, large type. Sections in the order a family cares
//! about: our goals, my tasks, our team, what to do if things go wrong, when we
//! meet next. "Save to this phone", "Add to calendar" and print.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::dates::format_date;
use crate::domain::share::{self, ShareError};
use crate::domain::{ics, ItemId, Plan, Whose};
use crate::storage::prefs::Prefs;
use crate::ui::context::{download, now_ms, use_app};
use crate::ui::widgets::JumpLink;

/// The part of the address after `#`.
fn current_fragment() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// True when the address carries a shared plan.
pub fn has_shared_plan() -> bool {
    current_fragment().len() > 8
}

/// `/` with a plan in the address shows the family view, otherwise the library.
#[component]
pub fn Home() -> impl IntoView {
    if has_shared_plan() {
        view! { <FamilyView/> }.into_any()
    } else {
        view! { <crate::ui::library::Library/> }.into_any()
    }
}

#[component]
pub fn FamilyView() -> impl IntoView {
    let fragment = current_fragment();
    let encrypted = share::is_encrypted(&fragment);
    let opened: RwSignal<Option<Result<Plan, ShareError>>> = RwSignal::new(None);
    let passphrase = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    let frag = fragment.clone();
    if fragment.is_empty() {
        opened.set(Some(Err(ShareError::Incomplete)));
    } else if !encrypted {
        opened.set(Some(share::decode(&fragment)));
    }
    let open_with_passphrase = move || {
        let frag = frag.clone();
        let pass = passphrase.get_untracked();
        opening.set(true);
        // Let "Opening…" paint before the key stretching (about a second) runs.
        set_timeout(
            move || {
                opened.set(Some(share::decode_with_passphrase(&frag, Some(&pass))));
                opening.set(false);
            },
            std::time::Duration::from_millis(30),
        );
    };
    view! {
        <main id="main" tabindex="-1" class="family">
            {move || match opened.get() {
                Some(Ok(plan)) => view! { <FamilyPlan plan=plan/> }.into_any(),
                Some(Err(ShareError::WrongPassphrase)) | None if encrypted => {
                    let open = open_with_passphrase.clone();
                    let wrong = matches!(opened.get(), Some(Err(ShareError::WrongPassphrase)));
                    view! {
                        <section class="family-section narrow">
                            <h1>"Your family's plan"</h1>
                            <p>"This plan is protected. Type the passphrase you were given."</p>
                            <form on:submit=move |ev| { ev.prevent_default(); open(); }>
                                <div class="field">
                                    <label for="open-passphrase">"Passphrase"</label>
                                    <input id="open-passphrase" type="text" autocomplete="off" spellcheck="false"
                                        prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                                </div>
                                {wrong.then(|| view! { <p class="error" role="alert">{ShareError::WrongPassphrase.to_string()}</p> })}
                                <button class="button primary" type="submit">"Open the plan"</button>
                                <Show when=move || opening.get()><p class="loading" role="status">"Opening…"</p></Show>
                            </form>
                        </section>
                    }.into_any()
                }
                Some(Err(e)) => view! {
                    <section class="family-section narrow">
                        <h1>"We can't open this plan"</h1>
                        <p class="error" role="alert">{e.to_string()}</p>
                        <p>"Nothing on this phone was changed."</p>
                    </section>
                }.into_any(),
                None => view! { <p class="loading" role="status">"Opening the plan…"</p> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn FamilyPlan(plan: Plan) -> impl IntoView {
    let ctx = use_app();
    let plan = StoredValue::new(plan);
    let initial = plan.with_value(|p| {
        p.shared_for.or_else(|| {
            Prefs::load()
                .family_member
                .get(&p.id)
                .copied()
                .filter(|m| p.member(*m).is_some())
        })
    });
    let me: RwSignal<Option<ItemId>> = RwSignal::new(initial);
    let p = plan.get_value();
    let saved = RwSignal::new(false);
    let save_to_phone = move |_| {
        let mut copy = plan.get_value();
        // A separate copy: never overwrites a plan this browser already holds.
        copy.id = match copy.shared_for {
            Some(member) => format!("shared-{}-{member}", copy.id),
            None => format!("shared-{}", copy.id),
        };
        copy.updated_ms = now_ms();
        spawn_local(async move {
            let store = ctx.ready_store().await;
            match store.save(&copy).await {
                Ok(()) => {
                    saved.set(true);
                    ctx.toast(
                        "Saved on this phone. It is in the plans list of this browser.",
                        None,
                    );
                }
                Err(e) => ctx.report(&e),
            }
        });
    };
    let add_to_calendar = move |_| {
        let stamp: String = crate::ui::context::now_iso()
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == 'T')
            .take(15)
            .collect::<String>()
            + "Z";
        let text = plan.with_value(|p| ics::plan_to_ics(p, me.get_untracked(), &stamp));
        download("family-plan.ics", "text/calendar", &text);
    };
    let choose = move |ev: leptos::ev::Event| {
        let who = event_target_value(&ev).parse::<ItemId>().ok();
        me.set(who);
        let mut prefs = Prefs::load();
        let plan_id = plan.with_value(|p| p.id.clone());
        match who {
            Some(member) => prefs.family_member.insert(plan_id, member),
            None => prefs.family_member.remove(&plan_id),
        };
        prefs.save();
    };
    let members: Vec<(ItemId, String)> = p
        .team
        .iter()
        .map(|m| (m.id, m.display_name().to_string()))
        .collect();
    let family = if p.family_name.trim().is_empty() {
        "Your family".to_string()
    } else {
        p.family_name.clone()
    };
    view! {
        <header class="family-header">
            <h1>{format!("{family}'s plan")}</h1>
            {p.meeting.date.map(|d| view! { <p>{format!("Made together on {}", format_date(d))}</p> })}
            <nav class="family-jump" aria-label="Sections">
                <JumpLink to="if-things-go-wrong" class="button crisis-button">"If things go wrong"</JumpLink>
                <JumpLink to="my-tasks" class="button ghost">"My tasks"</JumpLink>
                <JumpLink to="our-team" class="button ghost">"Who to call"</JumpLink>
            </nav>
        </header>

        <section class="family-section" aria-labelledby="our-goals">
            <h2 id="our-goals">"Our goals"</h2>
            <ol class="family-goals">
                {p.goals.iter().map(|g| view! {
                    <li>
                        <p class="goal-outcome">{g.outcome.clone()}</p>
                        {(!g.statement.trim().is_empty()).then(|| view! { <p class="goal-statement">{g.statement.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>

        <section class="family-section" aria-labelledby="my-tasks">
            <h2 id="my-tasks" tabindex="-1">"My tasks"</h2>
            <div class="field">
                <label for="who-am-i">"Who are you?"</label>
                <select id="who-am-i" on:change=choose>
                    <option value="" selected=initial.is_none()>"Choose your name"</option>
                    {members.into_iter().map(|(id, name)| view! {
                        <option value=id.to_string() selected=initial == Some(id)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || me.get().map(|member| plan.with_value(|p| {
                let mine = p.tasks_for(member);
                let checks = p.tasks_checked_by(member);
                view! {
                    <h3>{format!("Things {} will do", p.member_name(member))}</h3>
                    {if mine.is_empty() { view! { <p>"No tasks for you in this plan."</p> }.into_any() } else {
                        view! { <ul class="family-tasks">{mine.into_iter().map(|(_, t)| task_item(p, t)).collect_view()}</ul> }.into_any()
                    }}
                    {(!checks.is_empty()).then(|| view! {
                        <h3>"Things you check on"</h3>
                        <ul class="family-tasks">{checks.into_iter().map(|(_, t)| task_item(p, t)).collect_view()}</ul>
                    })}
                }
            }))}
        </section>

        <section class="family-section" aria-labelledby="our-team">
            <h2 id="our-team" tabindex="-1">"Our team and how to reach them"</h2>
            <ul class="family-team">
                {p.team.iter().map(|m| view! {
                    <li>
                        <strong>{m.display_name().to_string()}</strong>
                        <span>{if m.relation.trim().is_empty() { m.role.label().to_string() } else { m.relation.clone() }}</span>
                        {(!m.contact.trim().is_empty()).then(|| contact_link(&m.contact))}
                    </li>
                }).collect_view()}
            </ul>
        </section>

        <section class="family-section crisis" aria-labelledby="if-things-go-wrong">
            <h2 id="if-things-go-wrong" tabindex="-1">"If things go wrong"</h2>
            {(!p.crisis.worst_case.trim().is_empty()).then(|| view! { <p><strong>"What we are planning for: "</strong>{p.crisis.worst_case.clone()}</p> })}
            {(!p.crisis.warning_signs.is_empty()).then(|| view! {
                <h3>"Warning signs"</h3>
                <ul>{p.crisis.warning_signs.iter().map(|i| view! { <li>{i.text.clone()}</li> }).collect_view()}</ul>
            })}
            {(!p.crisis.respond.is_empty()).then(|| view! {
                <h3>"What we do"</h3>
                <ol>{p.crisis.respond.iter().map(|s| {
                    let who = s.who.map(|w| p.member_name(w).to_string()).unwrap_or_else(|| s.who_other.clone());
                    view! { <li><strong>{who}</strong>": "{s.what.clone()}</li> }
                }).collect_view()}</ol>
            })}
            {(!p.crisis.contacts.is_empty()).then(|| view! {
                <h3>"Who to call"</h3>
                <ul class="family-contacts">{p.crisis.contacts.iter().map(|c| {
                    let phone = if c.phone.trim().is_empty() {
                        c.member.and_then(|m| p.member(m)).map(|m| m.contact.clone()).unwrap_or_default()
                    } else { c.phone.clone() };
                    view! {
                        <li><strong>{c.name.clone()}</strong>" — "{c.why.clone()}" "{(!phone.trim().is_empty()).then(|| contact_link(&phone))}</li>
                    }
                }).collect_view()}</ul>
            })}
            {(!p.crisis.prevent.is_empty()).then(|| view! {
                <h3>"How we stop it happening"</h3>
                <ul>{p.crisis.prevent.iter().map(|i| view! { <li>{i.text.clone()}</li> }).collect_view()}</ul>
            })}
            {(!p.crisis.plan_b.trim().is_empty()).then(|| view! { <p><strong>"Plan B: "</strong>{p.crisis.plan_b.clone()}</p> })}
        </section>

        <section class="family-section" aria-labelledby="next-meeting">
            <h2 id="next-meeting">"When we meet next"</h2>
            {match p.next_meeting.date {
                Some(d) => view! { <p class="next-date">{format!("{} {}", format_date(d), p.next_meeting.time)}</p> }.into_any(),
                None => view! { <p>"The date is not set yet."</p> }.into_any(),
            }}
            {(!p.next_meeting.place.trim().is_empty()).then(|| view! { <p>{format!("Where: {}", p.next_meeting.place)}</p> })}
            {(!p.next_meeting.who.trim().is_empty()).then(|| view! { <p>{format!("Who: {}", p.next_meeting.who)}</p> })}
        </section>

        <details class="family-section">
            <summary>"The rest of the plan: what's working well, worries, when we're done"</summary>
            <h3>"What's working well"</h3>
            <ul>{p.strengths.iter().map(|s| {
                let who = match s.whose { Whose::Family => String::new(), Whose::Person(id) => format!("{}: ", p.member_name(id)) };
                view! { <li>{who}{s.text.clone()}</li> }
            }).collect_view()}</ul>
            <h3>"What we are worried about"</h3>
            <ul>{p.worries.iter().map(|w| view! { <li>{w.text.clone()}</li> }).collect_view()}</ul>
            <h3>"How we'll know we're done"</h3>
            <ul>{p.closure.iter().map(|c| view! { <li>{c.text.clone()}</li> }).collect_view()}</ul>
        </details>

        <div class="family-actions no-print">
            <button class="button primary" id="save-to-phone" on:click=save_to_phone>{move || if saved.get() { "Saved on this phone ✓" } else { "Save to this phone" }}</button>
            <button class="button" id="add-to-calendar" on:click=add_to_calendar>"Add to calendar"</button>
            <button class="button" on:click=move |_| { let _ = window().print(); }>"Print"</button>
        </div>
    }
}

fn task_item(p: &Plan, t: &crate::domain::Task) -> impl IntoView {
    let when = t
        .by_when
        .map(format_date)
        .unwrap_or_else(|| t.when_text.clone());
    let checker = t
        .checker
        .map(|c| p.member_name(c).to_string())
        .unwrap_or_else(|| t.checker_other.clone());
    view! {
        <li class="family-task">
            <p class="task-what">{t.what.clone()}</p>
            {(!when.trim().is_empty()).then(|| view! { <p class="task-when">{format!("When: {when}")}</p> })}
            {(!t.place.trim().is_empty()).then(|| view! { <p>{format!("Where: {}", t.place)}</p> })}
            {(!checker.trim().is_empty()).then(|| view! { <p>{format!("Checks in: {checker}")}</p> })}
        </li>
    }
}

/// A phone number becomes a tap-to-call link; anything else stays text.
fn contact_link(text: &str) -> AnyView {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    if digits.len() >= 7
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
    {
        view! { <a class="tel" href=format!("tel:{digits}")>{text.to_string()}</a> }.into_any()
    } else {
        view! { <span class="contact">{text.to_string()}</span> }.into_any()
    }
}
