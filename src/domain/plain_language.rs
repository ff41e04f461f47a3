//! Plain-language suggestions for child-welfare jargon (P4: a plan easily
//! understood by all; B4: the family's plan in the family's words).
//!
//! Words and phrases match whole words, case-insensitively ("Placement",
//! "in order to"); acronyms match case-sensitively, so "CANS" is flagged but
//! "cans of soup" is not. A trailing "'s" or a plural "s" on an acronym
//! ("UAs", "the GAL's report") still matches.

use super::plan::Language;

/// One jargon term found in a text, with its plain-language alternative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The term as listed (normalised): "placement", "UA", "in order to".
    pub term: &'static str,
    /// The text as written: "Placements", "UAs", "In order to".
    pub found: String,
    /// What to say instead.
    pub plain: &'static str,
    /// Byte range of `found` in the text.
    pub start: usize,
    pub end: usize,
}

struct Entry {
    term: &'static str,
    /// Acronyms match case-sensitively; everything else case-insensitively.
    acronym: bool,
    /// Written forms, space-separated words; lowercase unless an acronym.
    forms: &'static [&'static str],
    plain: &'static str,
}

const fn word(term: &'static str, forms: &'static [&'static str], plain: &'static str) -> Entry {
    Entry {
        term,
        acronym: false,
        forms,
        plain,
    }
}

const fn acronym(term: &'static str, plain: &'static str) -> Entry {
    Entry {
        term,
        acronym: true,
        forms: &[],
        plain,
    }
}

const ENTRIES: &[Entry] = &[
    // acronyms
    acronym("PATP", "your family's plan"),
    acronym("FANS", "a checklist of your family's strengths and needs"),
    acronym("CANS", "a checklist of your child's needs and strengths"),
    acronym("TPR", "the court ending a parent's legal rights to a child"),
    acronym(
        "ICWA",
        "the Indian Child Welfare Act: a law that keeps Native children connected to their tribe",
    ),
    acronym(
        "IOP",
        "a treatment program a few days a week (intensive outpatient)",
    ),
    acronym("UA", "drug test"),
    acronym("FTM", "family team meeting"),
    acronym("FTDM", "family team meeting to make a decision"),
    acronym(
        "GAL",
        "the person the court chose to speak up for your child",
    ),
    acronym(
        "CASA",
        "a volunteer the court chose to speak up for your child",
    ),
    acronym("CPS", "the child welfare agency"),
    acronym("DHS", "the human services agency"),
    acronym(
        "ASFA",
        "the law that sets time limits for finding children a lasting home",
    ),
    acronym("DV", "violence at home"),
    acronym("IPV", "violence between partners"),
    // phrases
    word(
        "termination of parental rights",
        &[
            "termination of parental rights",
            "terminate parental rights",
        ],
        "the court ending a parent's legal rights to a child",
    ),
    word(
        "kinship placement",
        &["kinship placement", "kinship placements", "kinship care"],
        "living with relatives or close family friends",
    ),
    word(
        "concurrent plan",
        &[
            "concurrent plan",
            "concurrent plans",
            "concurrent planning",
            "concurrent goal",
        ],
        "back-up plan",
    ),
    word(
        "substance abuse",
        &["substance abuse", "substance misuse", "substance use"],
        "drug or alcohol use",
    ),
    word(
        "case closure",
        &["case closure", "closure of the case"],
        "when we're done",
    ),
    word(
        "protective capacities",
        &["protective capacities", "protective capacity"],
        "what you do to keep your children safe",
    ),
    word(
        "protective factors",
        &["protective factors"],
        "things that help keep children safe",
    ),
    word(
        "risk factors",
        &["risk factors"],
        "things that make harm more likely",
    ),
    word(
        "guardian ad litem",
        &["guardian ad litem"],
        "the person the court chose to speak up for your child",
    ),
    word(
        "out-of-home care",
        &[
            "out-of-home care",
            "out of home care",
            "out-of-home placement",
        ],
        "living away from home",
    ),
    word(
        "collateral contacts",
        &["collateral contacts", "collateral contact", "collaterals"],
        "other people who know your family",
    ),
    word(
        "evidence-based",
        &["evidence-based", "evidence based"],
        "shown to work",
    ),
    word("in order to", &["in order to"], "to"),
    word("prior to", &["prior to"], "before"),
    word("subsequent to", &["subsequent to"], "after"),
    word("in the event that", &["in the event that"], "if"),
    word("at this point in time", &["at this point in time"], "now"),
    word(
        "with regard to",
        &[
            "with regard to",
            "with regards to",
            "in regard to",
            "in regards to",
        ],
        "about",
    ),
    // single words
    word("permanency", &["permanency"], "a safe, lasting home"),
    word(
        "concurrent",
        &["concurrent", "concurrently"],
        "back-up (plan)",
    ),
    word(
        "reunification",
        &["reunification", "reunify", "reunified", "reunifying"],
        "coming back home together",
    ),
    word(
        "compliance",
        &[
            "compliance",
            "comply",
            "complies",
            "complied",
            "complying",
            "compliant",
            "non-compliance",
            "noncompliance",
            "non-compliant",
            "noncompliant",
        ],
        "doing what the plan says",
    ),
    word("urinalysis", &["urinalysis", "urinalyses"], "drug test"),
    word("visitation", &["visitation", "visitations"], "visits"),
    word(
        "respite",
        &["respite"],
        "a short break while someone else cares for the children",
    ),
    word("paramour", &["paramour", "paramours"], "partner"),
    word(
        "allegation",
        &["allegation", "allegations", "alleged", "alleges"],
        "what was reported",
    ),
    word(
        "adjudication",
        &["adjudication", "adjudicated", "adjudicatory"],
        "the court's decision about what happened",
    ),
    word(
        "disposition",
        &["disposition", "dispositional"],
        "the court's decision about what happens next",
    ),
    word(
        "placement",
        &["placement", "placements", "placed"],
        "where the children are living",
    ),
    word("intervention", &["intervention", "interventions"], "help"),
    word(
        "facilitate",
        &["facilitate", "facilitates", "facilitated", "facilitating"],
        "help or lead",
    ),
    word(
        "utilize",
        &[
            "utilize",
            "utilizes",
            "utilized",
            "utilizing",
            "utilise",
            "utilised",
            "utilising",
            "utilization",
        ],
        "use",
    ),
    word(
        "commence",
        &["commence", "commences", "commenced", "commencing"],
        "start",
    ),
    word(
        "terminate",
        &["terminate", "terminates", "terminated", "termination"],
        "end",
    ),
    word(
        "ameliorate",
        &["ameliorate", "ameliorates", "ameliorated"],
        "improve",
    ),
    word(
        "mitigate",
        &["mitigate", "mitigates", "mitigated", "mitigating"],
        "lower",
    ),
    word("sufficient", &["sufficient", "sufficiently"], "enough"),
    word(
        "obtain",
        &["obtain", "obtains", "obtained", "obtaining"],
        "get",
    ),
    word(
        "demonstrate",
        &[
            "demonstrate",
            "demonstrates",
            "demonstrated",
            "demonstrating",
        ],
        "show",
    ),
    word(
        "dependency",
        &["dependency"],
        "the court case about your children",
    ),
    word(
        "petition",
        &["petition", "petitions"],
        "the papers filed with the court",
    ),
    word(
        "stakeholders",
        &["stakeholder", "stakeholders"],
        "people involved",
    ),
];

/// A word of the text with its byte range: letters and digits, joined by
/// inner apostrophes and hyphens ("family's", "out-of-home").
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let joiner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joiner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token {
                text: &text[s..i],
                start: s,
                end: i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

/// The token without a trailing possessive "'s" / "’s".
fn unpossessed(t: &str) -> &str {
    t.strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t)
}

/// Length in bytes of the part of `token` that is `form` (case-insensitive),
/// allowing a trailing possessive.
fn word_match(token: &str, form: &str) -> Option<usize> {
    let core = unpossessed(token);
    core.eq_ignore_ascii_case(form).then_some(core.len())
}

fn acronym_match(token: &str, acronym: &str) -> Option<usize> {
    let core = unpossessed(token);
    if core == acronym {
        return Some(core.len());
    }
    // plural "UAs"
    match core.strip_suffix('s') {
        Some(stem) if stem == acronym => Some(core.len()),
        _ => None,
    }
}

/// Tries one entry at token `i`; returns (tokens used, end byte).
fn match_at(entry: &Entry, text: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    if entry.acronym {
        return acronym_match(toks[i].text, entry.term).map(|len| (1, toks[i].start + len));
    }
    for form in entry.forms {
        let count = form.split(' ').count();
        if i + count > toks.len() {
            continue;
        }
        let mut end = 0;
        let mut ok = true;
        for (k, w) in form.split(' ').enumerate() {
            let tok = &toks[i + k];
            // phrase words are separated by spaces only, not punctuation
            if k > 0
                && !text[toks[i + k - 1].end..tok.start]
                    .chars()
                    .all(char::is_whitespace)
            {
                ok = false;
                break;
            }
            let last = k + 1 == count;
            let len = if last {
                word_match(tok.text, w)
            } else {
                tok.text.eq_ignore_ascii_case(w).then_some(tok.text.len())
            };
            match len {
                Some(len) => end = tok.start + len,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Some((count, end));
        }
    }
    None
}

/// Number of words of an entry's longest form, so phrases win over their words.
fn span(entry: &Entry) -> usize {
    entry
        .forms
        .iter()
        .map(|f| f.split(' ').count())
        .max()
        .unwrap_or(1)
}

/// Jargon in `text` with plain-language alternatives, in text order. Each term
/// is reported once, at its first occurrence; a phrase ("concurrent plan")
/// wins over a word inside it ("concurrent").
pub fn suggestions(text: &str) -> Vec<Suggestion> {
    suggestions_in(text, Language::English)
}

/// [`suggestions`] for a text in `language` (Spanish jargon has its own list).
pub fn suggestions_in(text: &str, language: Language) -> Vec<Suggestion> {
    // Longest phrases first, sorted once per language (every text field's
    // meter calls this on each keystroke).
    static EN: std::sync::OnceLock<Vec<&'static Entry>> = std::sync::OnceLock::new();
    static ES: std::sync::OnceLock<Vec<&'static Entry>> = std::sync::OnceLock::new();
    let (cell, entries) = match language {
        Language::English => (&EN, ENTRIES),
        Language::Spanish => (&ES, ENTRIES_ES),
    };
    let by_length = cell.get_or_init(|| {
        let mut v: Vec<&Entry> = entries.iter().collect();
        v.sort_by_key(|e| std::cmp::Reverse(span(e)));
        v
    });
    let toks = tokens(text);
    let mut out: Vec<Suggestion> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let hit = by_length
            .iter()
            .find_map(|e| match_at(e, text, &toks, i).map(|m| (e, m)));
        match hit {
            Some((entry, (used, end))) => {
                if !out.iter().any(|s| s.term == entry.term) {
                    out.push(Suggestion {
                        term: entry.term,
                        found: text[toks[i].start..end].to_string(),
                        plain: entry.plain,
                        start: toks[i].start,
                        end,
                    });
                }
                i += used;
            }
            None => i += 1,
        }
    }
    out
}

/// The meter's hint for the suggestions found, in `interface` (the
/// interface language): "Plainer words: “placement” → where the children are
/// living; …"; None when there are none.
pub fn hint_in(found: &[Suggestion], interface: Language) -> Option<String> {
    if found.is_empty() {
        return None;
    }
    let list: Vec<String> = found
        .iter()
        .map(|s| format!("“{}” → {}", s.found, s.plain))
        .collect();
    Some(format!(
        "{}{}",
        super::i18n::steps::reading::ReadingText::get(interface).plainer_words,
        list.join("; ")
    ))
}

/// Spanish child-welfare jargon and stiff connectors, with plain, warm
/// alternatives (the family's plan in the family's words, B4).
const ENTRIES_ES: &[Entry] = &[
    word(
        "reunificación",
        &["reunificación", "reunificacion"],
        "volver a vivir juntos",
    ),
    word(
        "colocación",
        &["colocación", "colocaciones", "colocacion"],
        "el lugar donde viven los niños ahora",
    ),
    word(
        "hogar de crianza",
        &[
            "hogar de crianza",
            "hogares de crianza",
            "hogar sustituto",
            "hogar temporal",
        ],
        "la familia que cuida a los niños por ahora",
    ),
    word(
        "visitas supervisadas",
        &["visitas supervisadas", "visita supervisada"],
        "visitas con otra persona presente",
    ),
    word(
        "custodia",
        &["custodia"],
        "quién cuida a los niños ante la ley",
    ),
    word(
        "patria potestad",
        &["patria potestad"],
        "los derechos de madre o padre ante la ley",
    ),
    word(
        "plan de permanencia",
        &["plan de permanencia"],
        "el plan para un hogar seguro para siempre",
    ),
    word(
        "plan concurrente",
        &["plan concurrente"],
        "el plan B, por si el primero no funciona",
    ),
    word(
        "sobriedad",
        &["sobriedad", "abstinencia"],
        "no tomar alcohol ni usar drogas",
    ),
    word(
        "prueba toxicológica",
        &["prueba toxicológica", "pruebas toxicológicas", "antidoping"],
        "prueba de drogas",
    ),
    word(
        "proveedor de servicios",
        &["proveedor de servicios", "proveedores de servicios"],
        "la persona o el lugar que les ayuda",
    ),
    word("cumplimiento", &["cumplimiento"], "hacer lo acordado"),
    word(
        "factores de riesgo",
        &["factores de riesgo", "factor de riesgo"],
        "lo que nos preocupa",
    ),
    word(
        "factores de protección",
        &["factores de protección", "factor de protección"],
        "lo que les ayuda y les protege",
    ),
    word("dar seguimiento", &["dar seguimiento"], "revisar"),
    word(
        "a fin de",
        &["a fin de", "con el fin de", "con el objetivo de"],
        "para",
    ),
    word("previo a", &["previo a", "con anterioridad a"], "antes de"),
    word("posteriormente", &["posteriormente"], "después"),
    word(
        "en caso de que",
        &["en el caso de que", "en caso de que"],
        "si",
    ),
];

/// Every English term the checker knows, with its plain alternative (for a glossary).
pub fn glossary() -> Vec<(&'static str, &'static str)> {
    ENTRIES.iter().map(|e| (e.term, e.plain)).collect()
}
