//! The reading meter's words: the English grade bands, the Spanish reading
//! ease bands, and the plain-language hint. Shown in the interface language;
//! the formula itself follows the plan's language.

crate::catalogue! {
    /// The reading meter.
    pub struct ReadingText {
        grade: "Grade {n} — {band}", "Grado {n} — {band}";
        grade_top: "Grade 13+ — hard", "Grado 13+ — difícil";
        easy_to_read: "easy to read", "fácil de leer";
        good_for_most: "good for most readers", "bueno para la mayoría";
        a_bit_hard: "a bit hard", "un poco difícil";
        ease: "Reading ease {n} (Spanish) — {band}", "Facilidad de lectura {n} (español) — {band}";
        very_easy: "very easy", "muy fácil";
        easy: "easy", "fácil";
        fairly_easy: "fairly easy", "bastante fácil";
        standard: "standard", "normal";
        fairly_hard: "fairly hard", "algo difícil";
        hard: "hard", "difícil";
        very_hard: "very hard", "muy difícil";
        plainer_words: "Plainer words: ", "Palabras más sencillas: ";
    }
}
