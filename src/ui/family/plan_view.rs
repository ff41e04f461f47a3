//! The family's plan on a phone (and on paper): every section the family
//! projection carries, in the order a family cares about, and nothing else.
//! A section with nothing in it is left out. Drawn from a [`SharedPlan`] only,
//! so it can show nothing that a link does not carry.

use leptos::prelude::*;

use crate::domain::dates::format_date_in;
use crate::domain::i18n::family::{join_with_and, FamilyViewText, NextDaysText};
use crate::domain::i18n::fill;
use crate::domain::i18n::labels::VoiceBoxes;
use crate::domain::shared_plan::{SharedChild, SharedTask};
use crate::domain::{ClosureCategory, ItemId, SharedPlan, Whose};
use crate::storage::prefs::Prefs;
use crate::ui::widgets::JumpLink;

/// What the header says the plan is, in the plan's language: "Rivera
/// family's plan", or a kind stand-in when the plan has no name ("Your
/// family's plan").
pub fn plan_heading(plan: &SharedPlan) -> String {
    let t = FamilyViewText::get(plan.language);
    match plan.family_name.trim() {
        "" => t.heading_unnamed.to_string(),
        name => fill(t.heading_named, &[("family", name)]),
    }
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// The whole family view. `print` drops the controls a printout doesn't need.
#[component]
pub fn FamilyPlan(plan: SharedPlan, #[prop(optional)] print: bool) -> impl IntoView {
    let plan = StoredValue::new(plan);
    let p = plan.get_value();
    let lang = p.language;
    let t = FamilyViewText::get(lang);
    let has_tasks = p.tasks().next().is_some();
    let has_crisis = !p.crisis.is_empty() || !p.youth_safety_plans().is_empty();
    let has_team = !p.team.is_empty();
    let children: Vec<String> = p
        .children
        .iter()
        .filter(|c| filled(&c.name))
        .map(|c| match c.age {
            Some(age) => format!("{} ({age})", c.name.trim()),
            None => c.name.trim().to_string(),
        })
        .collect();
    let made = p.made_line();
    let for_whom = p
        .shared_for
        .map(|m| fill(t.copy_for, &[("name", p.member_name(m))]));
    let for_children = (!children.is_empty()).then(|| {
        let names: Vec<&str> = children.iter().map(String::as_str).collect();
        fill(
            t.for_children,
            &[("children", &join_with_and(&names, lang))],
        )
    });
    view! {
        <header class="family-header">
            <h1>{plan_heading(&p)}</h1>
            {made.map(|m| view! { <p>{m}</p> })}
            {for_children.map(|c| view! { <p>{c}</p> })}
            {for_whom.map(|t| view! { <p>{t}</p> })}
            {(!print).then(|| view! {
                <nav class="family-jump" aria-label=t.sections>
                    {has_crisis.then(|| view! { <JumpLink to="if-things-go-wrong" class="button crisis-button">{t.if_things_go_wrong}</JumpLink> })}
                    {has_tasks.then(|| view! { <JumpLink to="my-tasks" class="button ghost">{t.my_tasks}</JumpLink> })}
                    {has_team.then(|| view! { <JumpLink to="our-team" class="button ghost">{t.who_to_call}</JumpLink> })}
                </nav>
            })}
        </header>
        <WhatsNewSection plan=plan/>
        <SuccessesSection plan=plan/>
        <NextDaysSection plan=plan/>
        {filled(&p.meeting.purpose).then(|| view! {
            <section class="family-section" aria-labelledby="why-we-met">
                <h2 id="why-we-met">{t.why_we_met}</h2>
                <p>{p.meeting.purpose.clone()}</p>
            </section>
        })}
        {has_tasks.then(|| view! { <TasksSection plan=plan print=print/> })}
        <GoalsSection plan=plan/>
        {has_crisis.then(|| view! { <CrisisSection plan=plan/> })}
        {has_team.then(|| view! { <TeamSection plan=plan/> })}
        <NextMeetingSection plan=plan/>
        <StrengthsAndWorries plan=plan/>
        <ChildrenSection plan=plan/>
        <DoneWhenSection plan=plan/>
        <AftercareSection plan=plan/>
        <AgreedSection plan=plan/>
    }
}

/// "What's new since last time": a few plain lines, only after a later meeting.
#[component]
fn WhatsNewSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let n = NextDaysText::get(p.language);
        (!p.whats_new.is_empty()).then(|| view! {
            <section class="family-section whats-new" aria-labelledby="whats-new">
                <h2 id="whats-new">{n.whats_new}</h2>
                <ul>{p.whats_new.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
            </section>
        })
    })
}

/// The successes since last time, celebrated (S3).
#[component]
fn SuccessesSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let n = NextDaysText::get(p.language);
        (!p.successes.is_empty()).then(|| view! {
            <section class="family-section successes" aria-labelledby="successes">
                <h2 id="successes">{n.successes}</h2>
                <ul>{p.successes.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
            </section>
        })
    })
}

/// "What to expect in the next 90 days" (S4), from today's date on this device.
#[component]
fn NextDaysSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    let today = crate::ui::context::clock::today();
    plan.with_value(|p| {
        let lang = p.language;
        let n = NextDaysText::get(lang);
        let coming = crate::domain::next_90_days::next_90_days(p, today);
        let until = fill(
            n.next_90_days_until,
            &[(
                "date",
                &format_date_in(crate::domain::next_90_days::window_end(today), lang),
            )],
        );
        (!coming.is_empty()).then(|| view! {
            <section class="family-section next-90-days" aria-labelledby="next-90-days">
                <h2 id="next-90-days">{n.next_90_days}</h2>
                <p class="hint">{until}</p>
                <ul class="coming">{coming.into_iter().map(|e| view! {
                    <li><strong>{format_date_in(e.date, lang)}</strong>{format!(" — {}", e.text)}</li>
                }).collect_view()}</ul>
            </section>
        })
    })
}

/// The supports that go on after the case closes (K6).
#[component]
fn AftercareSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let lang = p.language;
        let n = NextDaysText::get(lang);
        let a = &p.aftercare;
        (!a.is_empty()).then(|| view! {
            <section class="family-section aftercare" aria-labelledby="aftercare">
                <h2 id="aftercare">{n.aftercare}</h2>
                {a.closure_date.map(|d| view! { <p>{fill(n.aftercare_closure, &[("date", &format_date_in(d, lang))])}</p> })}
                <ul>{a.items.iter().map(|i| {
                    let details: Vec<String> = filled(&i.who)
                        .then(|| fill(n.aftercare_who, &[("who", i.who.trim())]))
                        .into_iter()
                        .chain(i.start.map(|d| fill(n.aftercare_from, &[("date", &format_date_in(d, lang))])))
                        .collect();
                    view! {
                        <li>
                            <strong>{i.support.clone()}</strong>
                            {(!details.is_empty()).then(|| view! { <br/>{details.join(" · ")} })}
                        </li>
                    }
                }).collect_view()}</ul>
            </section>
        })
    })
}

/// Who is reading the plan: the person the link was made for, or whoever
/// said who they are in this plan's family view on this device.
pub fn reader(plan: &SharedPlan) -> Option<ItemId> {
    plan.shared_for.or_else(|| {
        Prefs::load()
            .family_member
            .get(&reader_key(plan))
            .copied()
            .filter(|m| plan.member(*m).is_some())
    })
}

/// Remember (or, with `None`, forget) who reads this plan on this device.
fn remember_reader(plan: &SharedPlan, who: Option<ItemId>) {
    let mut prefs = Prefs::load();
    match who {
        Some(member) => prefs.family_member.insert(reader_key(plan), member),
        None => prefs.family_member.remove(&reader_key(plan)),
    };
    prefs.save();
}

fn reader_key(plan: &SharedPlan) -> String {
    format!("{:08x}", plan.plan_ref)
}

/// "My tasks": one person's tasks (picked, or the person the link was made
/// for); with nobody picked, every task grouped by person.
#[component]
fn TasksSection(plan: StoredValue<SharedPlan>, print: bool) -> impl IntoView {
    let fixed = plan.with_value(|p| p.shared_for);
    let lang = plan.with_value(|p| p.language);
    let t = FamilyViewText::get(lang);
    // Paper shows the plan, never whoever last used this device's family view.
    let initial = if print {
        fixed
    } else {
        plan.with_value(reader)
    };
    let me: RwSignal<Option<ItemId>> = RwSignal::new(initial);
    let choose = move |ev: leptos::ev::Event| {
        let who = event_target_value(&ev).parse::<ItemId>().ok();
        me.set(who);
        plan.with_value(|p| remember_reader(p, who));
    };
    let members: Vec<(ItemId, String)> = plan.with_value(|p| {
        p.team
            .iter()
            .map(|m| (m.id, m.display_name_in(lang).to_string()))
            .collect()
    });
    view! {
        <section class=move || if print && me.get().is_none() { "family-section no-print" } else { "family-section" } aria-labelledby="my-tasks">
            <h2 id="my-tasks" tabindex="-1">{if fixed.is_some() { t.my_tasks } else { t.who_does_what }}</h2>
            {fixed.is_none().then(|| view! {
                <div class="field no-print">
                    <label for="who-am-i">{t.who_are_you}</label>
                    <select id="who-am-i" on:change=choose>
                        <option value="" selected=initial.is_none()>{t.everyone}</option>
                        {members.into_iter().map(|(id, name)| view! {
                            <option value=id.to_string() selected=initial == Some(id)>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            {move || plan.with_value(|p| match me.get() {
                Some(member) => {
                    let mine = p.tasks_for(member);
                    let checks = p.tasks_checked_by(member);
                    view! {
                        <h3>{fill(t.things_will_do, &[("name", p.member_name(member))])}</h3>
                        {if mine.is_empty() {
                            view! { <p>{t.no_tasks_for_you}</p> }.into_any()
                        } else {
                            view! { <ul class="family-tasks">{mine.into_iter().map(|(_, t)| task_item(p, t)).collect_view()}</ul> }.into_any()
                        }}
                        {(!checks.is_empty()).then(|| view! {
                            <h3>{fill(t.things_checks_on, &[("name", p.member_name(member))])}</h3>
                            <ul class="family-tasks">{checks.into_iter().map(|(_, t)| task_item(p, t)).collect_view()}</ul>
                        })}
                    }.into_any()
                }
                None => view! {
                    {p.tasks_by_person().into_iter().map(|(name, tasks)| view! {
                        <h3>{name}</h3>
                        <ul class="family-tasks">{tasks.into_iter().map(|t| task_item(p, t)).collect_view()}</ul>
                    }).collect_view()}
                }.into_any(),
            })}
        </section>
    }
}

/// One task: what, when, where, who checks, progress.
fn task_item(p: &SharedPlan, task: &SharedTask) -> impl IntoView {
    let lang = p.language;
    let t = FamilyViewText::get(lang);
    let when = task
        .by_when
        .map(|d| fill(t.by_date, &[("date", &format_date_in(d, lang))]))
        .into_iter()
        .chain(filled(&task.when_text).then(|| task.when_text.trim().to_string()))
        .collect::<Vec<_>>()
        .join(" · ");
    let checker = p.task_checker(task);
    view! {
        <li class="family-task">
            <p class="task-what">{task.what.clone()}</p>
            {(!when.is_empty()).then(|| view! { <p class="task-when">{fill(t.when, &[("when", &when)])}</p> })}
            {filled(&task.place).then(|| view! { <p>{fill(t.where_, &[("place", task.place.trim())])}</p> })}
            {(!checker.is_empty()).then(|| view! { <p>{fill(t.checks_in, &[("who", &checker)])}</p> })}
            <p class=format!("task-status {}", task.status.key())>{fill(t.progress, &[("status", task.status.label_in(lang))])}</p>
        </li>
    }
}

#[component]
fn GoalsSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let lang = p.language;
        let tx = FamilyViewText::get(lang);
        (!p.goals.is_empty()).then(|| view! {
            <section class="family-section" aria-labelledby="our-goals">
                <h2 id="our-goals">{tx.our_goals}</h2>
                <ol class="family-goals">
                    {p.goals.iter().map(|g| view! {
                        <li class="family-goal">
                            <p class="goal-domain">{g.domain.label_in(lang)}</p>
                            {filled(&g.outcome).then(|| view! { <p class="goal-outcome">{g.outcome.clone()}</p> })}
                            {filled(&g.statement).then(|| view! { <p class="goal-statement">{g.statement.clone()}</p> })}
                            {(!g.tasks.is_empty()).then(|| view! {
                                <h3>{tx.steps}</h3>
                                <ul class="goal-steps">
                                    {g.tasks.iter().map(|t| {
                                        let who = p.task_people(t);
                                        let when = t.by_when.map(|d| format_date_in(d, lang)).unwrap_or_else(|| t.when_text.trim().to_string());
                                        let checker = p.task_checker(t);
                                        view! {
                                            <li>
                                                {(!who.is_empty()).then(|| view! { <strong>{format!("{who}: ")}</strong> })}
                                                {t.what.clone()}
                                                {(!when.is_empty()).then(|| format!(" — {when}"))}
                                                {(t.by_when.is_some() && filled(&t.when_text)).then(|| format!(" ({})", t.when_text.trim()))}
                                                {filled(&t.place).then(|| fill(tx.step_at, &[("place", t.place.trim())]))}
                                                {(!checker.is_empty()).then(|| fill(tx.step_checks_in, &[("who", &checker)]))}
                                                <span class=format!("step-status {}", t.status.key())>{format!(" [{}]", t.status.label_in(lang))}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            })}
                            {(!g.services.is_empty()).then(|| view! {
                                <h3>{tx.services}</h3>
                                <ul class="goal-services">
                                    {g.services.iter().map(|s| {
                                        let details: Vec<String> = [
                                            (s.location.as_str(), tx.service_where),
                                            (s.frequency.as_str(), tx.service_how_often),
                                            (s.intensity.as_str(), tx.service_how_much),
                                            (s.duration.as_str(), tx.service_how_long),
                                        ]
                                        .iter()
                                        .filter(|(v, _)| filled(v))
                                        .map(|(v, label)| format!("{label}: {}", v.trim()))
                                        .chain(s.start.map(|d| fill(tx.service_since, &[("date", &format_date_in(d, lang))])))
                                        .collect();
                                        view! {
                                            <li>
                                                <strong>{[s.provider.trim(), s.service.trim()].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" — ")}</strong>
                                                {(!details.is_empty()).then(|| view! { <br/>{details.join(" · ")} })}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        })
    })
}

#[component]
fn CrisisSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let c = &p.crisis;
        let t = FamilyViewText::get(p.language);
        view! {
            <section class="family-section crisis" aria-labelledby="if-things-go-wrong">
                <h2 id="if-things-go-wrong" tabindex="-1">{t.if_things_go_wrong}</h2>
                {filled(&c.worst_case).then(|| view! { <p><strong>{t.planning_for}</strong>{c.worst_case.clone()}</p> })}
                {(!c.warning_signs.is_empty()).then(|| view! {
                    <h3>{t.warning_signs}</h3>
                    <ul>{c.warning_signs.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul>
                })}
                {(!c.respond.is_empty()).then(|| view! {
                    <h3>{t.what_we_do}</h3>
                    <ol>{c.respond.iter().map(|s| {
                        let who = p.step_people(s);
                        view! { <li>{(!who.is_empty()).then(|| view! { <strong>{format!("{who}: ")}</strong> })}{s.what.clone()}</li> }
                    }).collect_view()}</ol>
                })}
                {(!c.contacts.is_empty()).then(|| view! {
                    <h3>{t.who_to_call}</h3>
                    <ul class="family-contacts">{c.contacts.iter().map(|k| {
                        let phone = if filled(&k.phone) {
                            k.phone.clone()
                        } else {
                            k.member.and_then(|m| p.member(m)).map(|m| m.contact.clone()).unwrap_or_default()
                        };
                        let name = if filled(&k.name) { k.name.clone() } else { k.member.map(|m| p.member_name(m).to_string()).unwrap_or_default() };
                        view! {
                            <li>
                                <strong>{name}</strong>
                                {filled(&k.why).then(|| format!(" — {}", k.why.trim()))}
                                " "
                                {filled(&phone).then(|| contact_link(&phone))}
                            </li>
                        }
                    }).collect_view()}</ul>
                })}
                {(!c.prevent.is_empty()).then(|| view! {
                    <h3>{t.how_we_stop_it}</h3>
                    <ul>{c.prevent.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul>
                })}
                {filled(&c.plan_b).then(|| view! { <p><strong>{t.plan_b}</strong>{c.plan_b.clone()}</p> })}
                {p.youth_safety_plans().into_iter().map(|(index, name, text)| {
                    let anchor = child_anchor(p, index);
                    let more = fill(t.more_in_own_words, &[("name", name)]);
                    view! {
                        <div class="youth-safety-plan">
                            <h3>{fill(t.own_safety_plan, &[("name", name)])}</h3>
                            <p>{text.to_string()}</p>
                            {anchor.map(|a| view! { <p><JumpLink to=a>{more}</JumpLink></p> })}
                        </div>
                    }
                }).collect_view()}
            </section>
        }
    })
}

/// The anchor of a child's own section, when they shared more than the safety plan.
fn child_anchor(p: &SharedPlan, index: usize) -> Option<String> {
    p.children
        .get(index)
        .filter(|c| c.voice.shares_more_than_safety_plan())
        .map(|_| format!("child-{index}"))
}

#[component]
fn TeamSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| view! {
        <section class="family-section" aria-labelledby="our-team">
            <h2 id="our-team" tabindex="-1">{FamilyViewText::get(p.language).our_team}</h2>
            <ul class="family-team">
                {p.team.iter().map(|m| view! {
                    <li>
                        <strong>{m.display_name_in(p.language).to_string()}</strong>
                        <span>{if filled(&m.relation) { m.relation.clone() } else { m.role.label_in(p.language).to_string() }}</span>
                        {filled(&m.contact).then(|| contact_link(&m.contact))}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}

#[component]
fn NextMeetingSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let n = &p.next_meeting;
        let lang = p.language;
        let t = FamilyViewText::get(lang);
        let any = n.date.is_some() || filled(&n.time) || filled(&n.place) || filled(&n.who);
        any.then(|| {
            let when = n
                .date
                .map(|d| format_date_in(d, lang))
                .into_iter()
                .chain(filled(&n.time).then(|| n.time.trim().to_string()))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <section class="family-section" aria-labelledby="next-meeting">
                    <h2 id="next-meeting">{t.next_meeting}</h2>
                    {(!when.is_empty()).then(|| view! { <p class="next-date">{when}</p> })}
                    {filled(&n.place).then(|| view! { <p>{fill(t.where_, &[("place", n.place.trim())])}</p> })}
                    {filled(&n.who).then(|| view! { <p>{fill(t.who, &[("who", n.who.trim())])}</p> })}
                </section>
            }
        })
    })
}

#[component]
fn StrengthsAndWorries(plan: StoredValue<SharedPlan>) -> impl IntoView {
    let t = plan.with_value(|p| FamilyViewText::get(p.language));
    plan.with_value(|p| view! {
        {(!p.strengths.is_empty()).then(|| view! {
            <section class="family-section" aria-labelledby="working-well">
                <h2 id="working-well">{t.working_well}</h2>
                <ul>{p.strengths.iter().map(|s| {
                    let who = match s.whose {
                        Whose::Family => String::new(),
                        Whose::Person(id) => format!("{}: ", p.member_name(id)),
                    };
                    view! {
                        <li>{who}{s.text.clone()}{s.past_success.then(|| view! { <em>{t.past_success}</em> })}</li>
                    }
                }).collect_view()}</ul>
            </section>
        })}
        {(!p.worries.is_empty()).then(|| view! {
            <section class="family-section" aria-labelledby="worries">
                <h2 id="worries">{t.worried_about}</h2>
                <ul>{p.worries.iter().map(|w| view! {
                    <li>{w.safety.then(|| view! { <strong class="safety-tag">{t.about_safety}</strong> })}{w.text.clone()}</li>
                }).collect_view()}</ul>
            </section>
        })}
    })
}

/// The parts of each child's voice that the child chose to share.
#[component]
fn ChildrenSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let lang = p.language;
        let t = FamilyViewText::get(lang);
        // A safety plan alone is shown under "If things go wrong".
        let shown: Vec<(usize, &SharedChild)> = p
            .children
            .iter()
            .enumerate()
            .filter(|(_, c)| c.voice.shares_more_than_safety_plan())
            .collect();
        (!shown.is_empty()).then(|| view! {
            <section class="family-section" aria-labelledby="childrens-words">
                <h2 id="childrens-words">{t.childrens_words}</h2>
                <p class="hint">{t.shared_because}</p>
                {shown.into_iter().map(|(i, c)| {
                    let v = &c.voice;
                    let line = |label: &'static str, text: &String| filled(text).then(|| view! {
                        <p><strong>{format!("{label}: ")}</strong>{text.clone()}</p>
                    });
                    view! {
                        <div class="child-words" id=format!("child-{i}") tabindex="-1">
                            <h3>{c.name.clone()}</h3>
                            {line(t.our_story, &v.story)}
                            {line(t.wished_ending, &v.wished_ending)}
                            {v.boxes.iter().enumerate().filter(|(_, b)| filled(&b.words) || filled(&b.label)).map(|(k, b)| view! {
                                <p><strong>{format!("{}: ", box_title(b, k, lang))}</strong>{b.words.clone()}</p>
                            }).collect_view()}
                            {line(t.story_now, &v.story_now)}
                            {line(t.plan_now, &v.plan_now)}
                            {line(t.own_words, &v.own_words)}
                            {line(t.wants_from_plan, &v.wants_from_plan)}
                            {line(t.own_goals, &v.own_goals)}
                            {filled(&v.safety_plan).then(|| {
                                let under = fill(t.safety_plan_is_under, &[("name", &c.name)]);
                                view! { <p><JumpLink to="if-things-go-wrong">{under}</JumpLink></p> }
                            })}
                        </div>
                    }
                }).collect_view()}
            </section>
        })
    })
}

#[component]
fn DoneWhenSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let perm = &p.permanency;
        let lang = p.language;
        let t = FamilyViewText::get(lang);
        let any = !p.closure.is_empty() || filled(&perm.goal) || filled(&perm.concurrent);
        any.then(|| view! {
            <section class="family-section" aria-labelledby="done-when">
                <h2 id="done-when">{t.done_when}</h2>
                {ClosureCategory::ALL.iter().filter_map(|&cat| {
                    let items: Vec<_> = p.closure.iter().filter(|c| c.category == cat).collect();
                    (!items.is_empty()).then(|| view! {
                        <h3>{cat.label_in(lang)}</h3>
                        <ul>{items.into_iter().map(|c| view! {
                            <li>{c.text.clone()}{c.met.then(|| view! { <strong>{t.met}</strong> })}</li>
                        }).collect_view()}</ul>
                    })
                }).collect_view()}
                {filled(&perm.goal).then(|| view! { <p><strong>{t.permanency_goal}</strong>{perm.goal.clone()}</p> })}
                {filled(&perm.concurrent).then(|| view! { <p><strong>{t.permanency_backup}</strong>{perm.concurrent.clone()}</p> })}
            </section>
        })
    })
}

#[component]
fn AgreedSection(plan: StoredValue<SharedPlan>) -> impl IntoView {
    plan.with_value(|p| {
        let a = &p.agreements;
        let t = FamilyViewText::get(p.language);
        let names: Vec<&str> = a.agreed_by.iter().map(|m| p.member_name(*m)).collect();
        let any = filled(&a.family_words) || filled(&a.how_we_can_help) || !names.is_empty();
        any.then(|| view! {
            <section class="family-section" aria-labelledby="what-we-agreed">
                <h2 id="what-we-agreed">{t.what_we_agreed}</h2>
                {filled(&a.family_words).then(|| view! { <blockquote class="family-words">{a.family_words.clone()}</blockquote> })}
                {(!names.is_empty()).then(|| view! { <p><strong>{t.agreed_by}</strong>{names.join(", ")}</p> })}
                {filled(&a.how_we_can_help).then(|| view! { <p><strong>{t.how_team_helps}</strong>{a.how_we_can_help.clone()}</p> })}
            </section>
        })
    })
}

/// A voice box's name: the child's own, or the usual one in `language`.
fn box_title(
    b: &crate::domain::VoiceBox,
    index: usize,
    language: crate::domain::Language,
) -> String {
    match b.label.trim() {
        "" => VoiceBoxes::default_label(language, index).to_string(),
        label => label.to_string(),
    }
}

/// A phone number becomes a tap-to-call link; anything else stays text.
pub fn contact_link(text: &str) -> AnyView {
    if let Some(digits) = crate::domain::text::phone_digits(text) {
        view! { <a class="tel" href=format!("tel:{digits}")>{text.to_string()}</a> }.into_any()
    } else {
        view! { <span class="contact">{text.to_string()}</span> }.into_any()
    }
}
