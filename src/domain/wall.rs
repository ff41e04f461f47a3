//! What presentation mode and the audience window draw: each step of the
//! meeting as a question and a few large cards, built only from the wall
//! projection ([`Plan::for_wall`]), so nothing private can reach the room.
//!
//! A card may name one text of the plan the facilitator can edit in the room
//! ([`WallText`]); the editor writes it to the real plan by id.

use serde::{Deserialize, Serialize};

use super::i18n::wall::{WallAddLabels, WallCardText, WallTextLabels};
use super::i18n::{count, fill, labels::VoiceBoxes};
use super::plan::{ItemId, Language, MeetingKind, Plan, TextItem, Whose};
use super::step::Step;
use super::{dates, ClosureCategory, ClosureCriterion, Goal, Strength, TeamMember, Worry};

/// One text of the plan that a wall card shows and the facilitator may edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WallText {
    Purpose,
    GroundRule(ItemId),
    MemberName(ItemId),
    Strength(ItemId),
    Worry(ItemId),
    GoalStatement(ItemId),
    /// A goal's outcome, which its card shows while the statement is empty.
    GoalOutcome(ItemId),
    WorstCase,
    WarningSign(ItemId),
    Prevent(ItemId),
    Respond(ItemId),
    PlanB,
    Criterion(ItemId),
    PermanencyGoal,
    FamilyWords,
    HowWeCanHelp,
}

fn text_of(items: &[TextItem], id: ItemId) -> Option<&String> {
    items.iter().find(|i| i.id == id).map(|i| &i.text)
}

fn text_of_mut(items: &mut [TextItem], id: ItemId) -> Option<&mut String> {
    items.iter_mut().find(|i| i.id == id).map(|i| &mut i.text)
}

impl WallText {
    /// The ids on the path to the text, outermost first (none for the plan's
    /// own fields), as the editor's fine-grained state wants them.
    pub fn keys(self) -> Vec<ItemId> {
        match self {
            WallText::GroundRule(id)
            | WallText::MemberName(id)
            | WallText::Strength(id)
            | WallText::Worry(id)
            | WallText::GoalStatement(id)
            | WallText::GoalOutcome(id)
            | WallText::WarningSign(id)
            | WallText::Prevent(id)
            | WallText::Respond(id)
            | WallText::Criterion(id) => vec![id],
            _ => Vec::new(),
        }
    }

    /// The label of the field that edits it (in English).
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// The label of the field that edits it, in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        let t = WallTextLabels::get(language);
        match self {
            WallText::Purpose => t.purpose,
            WallText::GroundRule(_) => t.ground_rule,
            WallText::MemberName(_) => t.member_name,
            WallText::Strength(_) => t.strength,
            WallText::Worry(_) => t.worry,
            WallText::GoalStatement(_) => t.goal,
            WallText::GoalOutcome(_) => t.goal_outcome,
            WallText::WorstCase => t.worst_case,
            WallText::WarningSign(_) => t.warning_sign,
            WallText::Prevent(_) => t.prevent,
            WallText::Respond(_) => t.respond,
            WallText::PlanB => t.plan_b,
            WallText::Criterion(_) => t.criterion,
            WallText::PermanencyGoal => t.permanency_goal,
            WallText::FamilyWords => t.family_words,
            WallText::HowWeCanHelp => t.how_we_can_help,
        }
    }

    pub fn get(self, p: &Plan) -> Option<&String> {
        match self {
            WallText::Purpose => Some(&p.meeting.purpose),
            WallText::GroundRule(id) => text_of(&p.meeting.ground_rules, id),
            WallText::MemberName(id) => p.team.iter().find(|m| m.id == id).map(|m| &m.name),
            WallText::Strength(id) => p.strengths.iter().find(|s| s.id == id).map(|s| &s.text),
            WallText::Worry(id) => p.worries.iter().find(|w| w.id == id).map(|w| &w.text),
            WallText::GoalStatement(id) => {
                p.goals.iter().find(|g| g.id == id).map(|g| &g.statement)
            }
            WallText::GoalOutcome(id) => p.goals.iter().find(|g| g.id == id).map(|g| &g.outcome),
            WallText::WorstCase => Some(&p.crisis.worst_case),
            WallText::WarningSign(id) => text_of(&p.crisis.warning_signs, id),
            WallText::Prevent(id) => text_of(&p.crisis.prevent, id),
            WallText::Respond(id) => p
                .crisis
                .respond
                .iter()
                .find(|s| s.id == id)
                .map(|s| &s.what),
            WallText::PlanB => Some(&p.crisis.plan_b),
            WallText::Criterion(id) => p.closure.iter().find(|c| c.id == id).map(|c| &c.text),
            WallText::PermanencyGoal => Some(&p.permanency.goal),
            WallText::FamilyWords => Some(&p.agreements.family_words),
            WallText::HowWeCanHelp => Some(&p.agreements.how_we_can_help),
        }
    }

    pub fn get_mut(self, p: &mut Plan) -> Option<&mut String> {
        match self {
            WallText::Purpose => Some(&mut p.meeting.purpose),
            WallText::GroundRule(id) => text_of_mut(&mut p.meeting.ground_rules, id),
            WallText::MemberName(id) => p.team.iter_mut().find(|m| m.id == id).map(|m| &mut m.name),
            WallText::Strength(id) => p
                .strengths
                .iter_mut()
                .find(|s| s.id == id)
                .map(|s| &mut s.text),
            WallText::Worry(id) => p
                .worries
                .iter_mut()
                .find(|w| w.id == id)
                .map(|w| &mut w.text),
            WallText::GoalStatement(id) => p
                .goals
                .iter_mut()
                .find(|g| g.id == id)
                .map(|g| &mut g.statement),
            WallText::GoalOutcome(id) => p
                .goals
                .iter_mut()
                .find(|g| g.id == id)
                .map(|g| &mut g.outcome),
            WallText::WorstCase => Some(&mut p.crisis.worst_case),
            WallText::WarningSign(id) => text_of_mut(&mut p.crisis.warning_signs, id),
            WallText::Prevent(id) => text_of_mut(&mut p.crisis.prevent, id),
            WallText::Respond(id) => p
                .crisis
                .respond
                .iter_mut()
                .find(|s| s.id == id)
                .map(|s| &mut s.what),
            WallText::PlanB => Some(&mut p.crisis.plan_b),
            WallText::Criterion(id) => p
                .closure
                .iter_mut()
                .find(|c| c.id == id)
                .map(|c| &mut c.text),
            WallText::PermanencyGoal => Some(&mut p.permanency.goal),
            WallText::FamilyWords => Some(&mut p.agreements.family_words),
            WallText::HowWeCanHelp => Some(&mut p.agreements.how_we_can_help),
        }
    }
}

/// What "+ Add" adds on a step in presentation mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WallAdd {
    GroundRule,
    Member,
    Strength,
    Worry,
    Goal,
    WarningSign,
    Criterion,
}

impl WallAdd {
    pub fn for_step(step: Step) -> Option<WallAdd> {
        match step {
            Step::Welcome => Some(WallAdd::GroundRule),
            Step::Team => Some(WallAdd::Member),
            Step::Strengths => Some(WallAdd::Strength),
            Step::Worries => Some(WallAdd::Worry),
            Step::Goals => Some(WallAdd::Goal),
            Step::Crisis => Some(WallAdd::WarningSign),
            Step::Closure => Some(WallAdd::Criterion),
            Step::Voice | Step::Agreements | Step::Review | Step::Aftercare => None,
        }
    }

    /// The button's text (in English).
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// The button's text in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        let t = WallAddLabels::get(language);
        match self {
            WallAdd::GroundRule => t.ground_rule,
            WallAdd::Member => t.member,
            WallAdd::Strength => t.strength,
            WallAdd::Worry => t.worry,
            WallAdd::Goal => t.goal,
            WallAdd::WarningSign => t.warning_sign,
            WallAdd::Criterion => t.criterion,
        }
    }

    /// Add an empty item at the end of its list; the text to edit next.
    pub fn apply(self, p: &mut Plan) -> WallText {
        let id = p.alloc_id();
        match self {
            WallAdd::GroundRule => {
                p.meeting.ground_rules.push(TextItem {
                    id,
                    ..TextItem::default()
                });
                WallText::GroundRule(id)
            }
            WallAdd::Member => {
                p.team.push(TeamMember {
                    id,
                    attending: true,
                    ..TeamMember::default()
                });
                WallText::MemberName(id)
            }
            WallAdd::Strength => {
                p.strengths.push(Strength {
                    id,
                    ..Strength::default()
                });
                WallText::Strength(id)
            }
            WallAdd::Worry => {
                p.worries.push(Worry {
                    id,
                    ..Worry::default()
                });
                WallText::Worry(id)
            }
            WallAdd::Goal => {
                p.goals.push(Goal {
                    id,
                    ..Goal::default()
                });
                WallText::GoalStatement(id)
            }
            WallAdd::WarningSign => {
                p.crisis.warning_signs.push(TextItem {
                    id,
                    ..TextItem::default()
                });
                WallText::WarningSign(id)
            }
            WallAdd::Criterion => {
                p.closure.push(ClosureCriterion {
                    id,
                    category: ClosureCategory::ALL[0],
                    ..ClosureCriterion::default()
                });
                WallText::Criterion(id)
            }
        }
    }
}

/// One card on the wall.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WallCard {
    /// Unique within the step ("strength-12", "purpose").
    pub key: String,
    /// A small label above the text ("Warning sign", "Mother").
    pub heading: String,
    /// The card's main text (empty: not written yet).
    pub text: String,
    /// Short lines under it, always shown.
    pub lines: Vec<String>,
    /// Longer detail (a goal's tasks and services), shown on the card being
    /// worked on; `lines` says how much there is on the others.
    pub details: Vec<String>,
    /// A tag such as "Safety worry" or "Met".
    pub tag: Option<String>,
    /// The text the facilitator can edit from the card (only the
    /// facilitator's window needs it: not sent to the audience window).
    #[serde(skip)]
    pub edit: Option<WallText>,
}

/// One step as the room sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WallStep {
    pub step: Step,
    /// The family's language, which the cards' texts are written in.
    #[serde(default)]
    pub language: Language,
    /// The kind of meeting, whose flow the step progress shows.
    #[serde(default)]
    pub kind: MeetingKind,
    pub cards: Vec<WallCard>,
    /// Items of this step left out because they are private (or belong to a
    /// private person). Caseworker-only notes (reluctance, where a child
    /// lives, what a child did not share) are left out too but not counted:
    /// a count on the wall would tell the room that such notes exist.
    pub hidden_items: usize,
}

impl WallStep {
    /// A step with nothing on it (before a frame or a plan is there), in
    /// `language`.
    pub fn empty(step: Step, language: Language) -> WallStep {
        WallStep {
            step,
            language,
            kind: MeetingKind::default(),
            cards: Vec::new(),
            hidden_items: 0,
        }
    }

    /// The step's question, in the wall's language.
    pub fn question(&self) -> &'static str {
        self.step.question_in(self.language)
    }

    /// The small note saying what is not shown, if anything is, in the
    /// wall's language.
    pub fn hidden_note(&self) -> Option<String> {
        let t = WallCardText::get(self.language);
        (self.hidden_items > 0).then(|| count(self.hidden_items, t.hidden_one, t.hidden_other))
    }
}

fn card(key: String, heading: &str, text: &str, edit: Option<WallText>) -> WallCard {
    WallCard {
        key,
        heading: heading.to_string(),
        text: text.trim().to_string(),
        edit,
        ..WallCard::default()
    }
}

fn non_empty(label: &str, text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| {
        if label.is_empty() {
            text.to_string()
        } else {
            format!("{label}: {text}")
        }
    })
}

/// How many items of `step` the plan holds (nested ones counted too).
fn item_count(p: &Plan, step: Step) -> usize {
    match step {
        Step::Welcome => p.meeting.ground_rules.len(),
        Step::Team => p.team.len() + p.children.len(),
        Step::Strengths => p.strengths.len(),
        Step::Worries => p.worries.len(),
        Step::Goals => p
            .goals
            .iter()
            .map(|g| 1 + g.tasks.len() + g.services.len())
            .sum(),
        Step::Crisis => {
            p.crisis.warning_signs.len()
                + p.crisis.prevent.len()
                + p.crisis.respond.len()
                + p.crisis.contacts.len()
        }
        Step::Voice => p.children.len(),
        Step::Closure => p.closure.len(),
        Step::Agreements => p.review.went_well.len() + p.review.change.len(),
        Step::Review => {
            p.progress.successes.len()
                + p.goals
                    .iter()
                    .flat_map(|g| &g.tasks)
                    .filter(|t| t.status == crate::domain::TaskStatus::Done)
                    .count()
        }
        Step::Aftercare => p.aftercare.items.len(),
    }
}

/// The step as the room sees it: cards from the wall projection of `full`.
pub fn wall_step(full: &Plan, step: Step) -> WallStep {
    let wall = full.for_wall();
    WallStep {
        step,
        language: full.language,
        kind: full.meeting.kind,
        cards: cards(&wall, step, full.language),
        hidden_items: item_count(full, step).saturating_sub(item_count(&wall, step)),
    }
}

fn text_cards(
    items: &[TextItem],
    prefix: &str,
    heading: &str,
    edit: fn(ItemId) -> WallText,
) -> Vec<WallCard> {
    items
        .iter()
        .map(|i| {
            card(
                format!("{prefix}-{}", i.id),
                heading,
                &i.text,
                Some(edit(i.id)),
            )
        })
        .collect()
}

/// The cards of a step, from a plan already projected for the wall.
fn cards(p: &Plan, step: Step, lang: Language) -> Vec<WallCard> {
    let t = WallCardText::get(lang);
    let name = |id: ItemId| p.member(id).map(|m| m.display_name_in(lang).to_string());
    // The cards' headings are the labels of the texts they edit.
    let l = WallTextLabels::get(lang);
    match step {
        Step::Welcome => {
            let mut purpose = card(
                "purpose".into(),
                l.purpose,
                &p.meeting.purpose,
                Some(WallText::Purpose),
            );
            purpose.lines = [
                Some(p.meeting.kind.label_in(lang).to_string()),
                p.meeting.date.map(|d| dates::format_date_in(d, lang)),
            ]
            .into_iter()
            .flatten()
            .collect();
            let mut cards = vec![purpose];
            cards.extend(text_cards(
                &p.meeting.ground_rules,
                "rule",
                l.ground_rule,
                WallText::GroundRule,
            ));
            cards
        }
        Step::Team => {
            let mut cards: Vec<WallCard> = p
                .children
                .iter()
                .map(|c| {
                    let mut k = card(format!("child-{}", c.id), t.child, &c.name, None);
                    k.lines = c
                        .age
                        .map(|a| fill(t.age, &[("n", &a.to_string())]))
                        .into_iter()
                        .collect();
                    k
                })
                .collect();
            cards.extend(p.team.iter().map(|m| {
                let mut k = card(
                    format!("member-{}", m.id),
                    m.role.label_in(lang),
                    &m.name,
                    Some(WallText::MemberName(m.id)),
                );
                k.lines = [
                    non_empty("", &m.relation),
                    Some(m.support.label_in(lang).to_string()),
                    (!m.attending).then(|| t.not_here_today.to_string()),
                ]
                .into_iter()
                .flatten()
                .collect();
                k
            }));
            cards
        }
        Step::Strengths => p
            .strengths
            .iter()
            .map(|s| {
                let whose = match s.whose {
                    Whose::Family => t.the_family.to_string(),
                    Whose::Person(id) => name(id).unwrap_or_else(|| t.the_family.into()),
                };
                let mut k = card(
                    format!("strength-{}", s.id),
                    &whose,
                    &s.text,
                    Some(WallText::Strength(s.id)),
                );
                k.tag = s.past_success.then(|| t.coped_well_before.to_string());
                k
            })
            .collect(),
        Step::Worries => p
            .worries
            .iter()
            .enumerate()
            .map(|(n, w)| {
                let mut k = card(
                    format!("worry-{}", w.id),
                    &fill(t.worry_n, &[("n", &(n + 1).to_string())]),
                    &w.text,
                    Some(WallText::Worry(w.id)),
                );
                k.tag = w.safety.then(|| t.safety_worry.to_string());
                k
            })
            .collect(),
        Step::Goals => p
            .goals
            .iter()
            .map(|g| {
                // The statement, or while it is empty and the outcome is
                // written, the outcome (and that is what Edit opens).
                let (text, edit) = if g.statement.trim().is_empty() && !g.outcome.trim().is_empty()
                {
                    (&g.outcome, WallText::GoalOutcome(g.id))
                } else {
                    (&g.statement, WallText::GoalStatement(g.id))
                };
                let mut k = card(
                    format!("goal-{}", g.id),
                    g.domain.label_in(lang),
                    text,
                    Some(edit),
                );
                let counts: Vec<String> = [
                    (!g.tasks.is_empty()).then(|| count(g.tasks.len(), t.tasks_one, t.tasks_other)),
                    (!g.services.is_empty())
                        .then(|| count(g.services.len(), t.services_one, t.services_other)),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !counts.is_empty() {
                    k.lines = vec![counts.join(" · ")];
                }
                k.details = g
                    .tasks
                    .iter()
                    .map(|task| {
                        let what = match task.what.trim() {
                            "" => t.task_not_written,
                            w => w,
                        };
                        format!(
                            "{what} — {}",
                            crate::domain::i18n::steps::goals::task_summary(task, name, lang)
                        )
                    })
                    .chain(g.services.iter().map(|s| {
                        fill(
                            t.service,
                            &[(
                                "name",
                                &crate::domain::i18n::steps::goals::service_title(s, lang),
                            )],
                        )
                    }))
                    .collect();
                k
            })
            .collect(),
        Step::Crisis => {
            let c = &p.crisis;
            let mut cards = vec![card(
                "worst-case".into(),
                l.worst_case,
                &c.worst_case,
                Some(WallText::WorstCase),
            )];
            cards.extend(text_cards(
                &c.warning_signs,
                "sign",
                l.warning_sign,
                WallText::WarningSign,
            ));
            cards.extend(text_cards(
                &c.prevent,
                "prevent",
                l.prevent,
                WallText::Prevent,
            ));
            cards.extend(c.respond.iter().map(|s| {
                let who = s
                    .who
                    .and_then(name)
                    .or_else(|| non_empty("", &s.who_other))
                    .unwrap_or_else(|| t.someone.into());
                card(
                    format!("respond-{}", s.id),
                    &fill(t.if_it_happens, &[("who", &who)]),
                    &s.what,
                    Some(WallText::Respond(s.id)),
                )
            }));
            cards.extend(c.contacts.iter().map(|k| {
                let who = k
                    .member
                    .and_then(name)
                    .or_else(|| non_empty("", &k.name))
                    .unwrap_or_default();
                let mut w = card(format!("contact-{}", k.id), t.who_to_call, &who, None);
                w.lines = [non_empty("", &k.phone), non_empty("", &k.why)]
                    .into_iter()
                    .flatten()
                    .collect();
                w
            }));
            cards.push(card(
                "plan-b".into(),
                l.plan_b,
                &c.plan_b,
                Some(WallText::PlanB),
            ));
            cards
        }
        Step::Voice => p
            .children
            .iter()
            .map(|c| {
                let v = &c.voice;
                let mut k = card(
                    format!("voice-{}", c.id),
                    t.own_words_heading,
                    &c.name,
                    None,
                );
                let boxes = v.boxes.iter().enumerate().filter_map(|(i, b)| {
                    let title = match b.label.trim() {
                        "" => VoiceBoxes::default_label(lang, i),
                        own => own,
                    };
                    non_empty(title, &b.words)
                });
                k.lines = [
                    non_empty(t.my_story, &v.story),
                    non_empty(t.wished_ending, &v.wished_ending),
                    non_empty(t.story_now, &v.story_now),
                    non_empty(t.plan_now, &v.plan_now),
                ]
                .into_iter()
                .flatten()
                .chain(boxes)
                .chain(
                    [
                        non_empty(t.in_my_words, &v.own_words),
                        non_empty(t.wants_from_plan, &v.wants_from_plan),
                        non_empty(t.my_goals, &v.own_goals),
                        non_empty(t.my_safety_plan, &v.safety_plan),
                    ]
                    .into_iter()
                    .flatten(),
                )
                .collect();
                if k.lines.is_empty() {
                    k.lines = vec![t.nothing_shared.to_string()];
                }
                k
            })
            .collect(),
        Step::Closure => {
            let mut cards: Vec<WallCard> = p
                .closure
                .iter()
                .map(|c| {
                    let mut k = card(
                        format!("criterion-{}", c.id),
                        c.category.label_in(lang),
                        &c.text,
                        Some(WallText::Criterion(c.id)),
                    );
                    k.tag = c.met.then(|| t.met.to_string());
                    k
                })
                .collect();
            cards.push(card(
                "permanency".into(),
                t.lasting_home,
                &p.permanency.goal,
                Some(WallText::PermanencyGoal),
            ));
            if !p.permanency.concurrent.trim().is_empty() {
                cards.push(card(
                    "concurrent".into(),
                    t.back_up_plan,
                    &p.permanency.concurrent,
                    None,
                ));
            }
            cards
        }
        Step::Agreements => {
            let a = &p.agreements;
            let mut words = card(
                "family-words".into(),
                l.family_words,
                &a.family_words,
                Some(WallText::FamilyWords),
            );
            words.lines = (!a.agreed_by.is_empty())
                .then(|| {
                    let names: Vec<String> = a.agreed_by.iter().filter_map(|m| name(*m)).collect();
                    fill(t.agreed_by, &[("names", &names.join(", "))])
                })
                .into_iter()
                .collect();
            let mut cards = vec![
                words,
                card(
                    "help".into(),
                    l.how_we_can_help,
                    &a.how_we_can_help,
                    Some(WallText::HowWeCanHelp),
                ),
            ];
            let n = &p.next_meeting;
            let when = [
                n.date.map(|d| dates::format_date_in(d, lang)),
                non_empty("", &n.time),
                non_empty("", &n.place),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            if !when.is_empty() {
                let mut next = card("next-meeting".into(), t.next_meeting, &when, None);
                next.lines = non_empty(t.who_comes, &n.who).into_iter().collect();
                cards.push(next);
            }
            for (list, prefix, heading) in [
                (&p.review.went_well, "went-well", t.went_well),
                (&p.review.change, "change", t.change),
            ] {
                cards.extend(
                    list.iter()
                        .map(|i| card(format!("{prefix}-{}", i.id), heading, &i.text, None)),
                );
            }
            cards
        }
        // The successes since last time are celebrated on the wall (S3, I3),
        // with the tasks done.
        Step::Review => {
            let mut cards: Vec<WallCard> = p
                .progress
                .successes
                .iter()
                .map(|i| card(format!("success-{}", i.id), t.success, &i.text, None))
                .collect();
            for goal in &p.goals {
                for task in goal
                    .tasks
                    .iter()
                    .filter(|t| t.status == crate::domain::TaskStatus::Done)
                {
                    cards.push(card(
                        format!("done-{}", task.id),
                        t.task_done,
                        &task.what,
                        None,
                    ));
                }
            }
            cards
        }
        Step::Aftercare => {
            let a = &p.aftercare;
            let mut cards = Vec::new();
            if let Some(d) = a.closure_date {
                cards.push(card(
                    "closure-date".into(),
                    t.case_closes,
                    &dates::format_date_in(d, lang),
                    None,
                ));
            }
            for item in &a.items {
                let mut c = card(
                    format!("aftercare-{}", item.id),
                    t.aftercare,
                    &item.support,
                    None,
                );
                c.lines = [
                    non_empty("", &item.who),
                    item.start.map(|d| {
                        fill(
                            t.aftercare_from,
                            &[("date", &dates::format_date_in(d, lang))],
                        )
                    }),
                ]
                .into_iter()
                .flatten()
                .collect();
                cards.push(c);
            }
            cards
        }
    }
}

/// Every text a wall card shows (for tests).
pub fn wall_texts(step: &WallStep) -> Vec<&str> {
    step.cards
        .iter()
        .flat_map(|c| {
            [c.heading.as_str(), c.text.as_str()]
                .into_iter()
                .chain(c.lines.iter().map(String::as_str))
                .chain(c.details.iter().map(String::as_str))
                .chain(c.tag.as_deref())
        })
        .collect()
}

/// The wall's colours: high contrast, light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

/// What the facilitator's window sends the audience window: only what the
/// wall may show (the step's cards, already projected), never the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WallFrame {
    /// The plan's storage id, so a window follows only its own plan.
    pub plan: String,
    /// Which facilitator's window sent it (a token of that window), so an
    /// audience window follows one window even when the plan is open in two.
    pub window: String,
    /// The family's name as the plan's title shows it.
    pub family: String,
    /// The family's language, which the audience window speaks (also after
    /// the steps, when there is no slide).
    #[serde(default)]
    pub language: Language,
    /// The step on the wall; `None` after the steps (sharing, printing).
    pub slide: Option<WallStep>,
    /// The card being worked on.
    pub current: Option<String>,
    /// When the step timer ends (ms since the epoch), if one runs.
    pub timer_end_ms: Option<f64>,
    pub theme: Theme,
}

/// A message on the audience channel (externally tagged: an internally
/// tagged enum would make serde buffer every frame and double its code).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AudienceMessage {
    /// An audience window asks for the plan `plan`: from the facilitator's
    /// window `window` (the one that opened it), or with none, from a window
    /// in presentation mode.
    Hello {
        plan: String,
        window: Option<String>,
    },
    /// The facilitator's window shows this.
    Show(Box<WallFrame>),
    /// The facilitator's window `window` closed.
    Closed { plan: String, window: String },
}

impl AudienceMessage {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything that is not a message of ours.
    pub fn from_json(text: &str) -> Option<AudienceMessage> {
        serde_json::from_str(text).ok()
    }
}

/// A timer's remaining time as the room reads it ("4:05"), rounded up to the
/// second; "0:00" once it is over.
pub fn timer_text(remaining_ms: f64) -> String {
    let secs = if remaining_ms > 0.0 {
        (remaining_ms / 1000.0).ceil() as u64
    } else {
        0
    };
    format!("{}:{:02}", secs / 60, secs % 60)
}
