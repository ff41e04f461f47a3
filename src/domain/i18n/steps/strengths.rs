//! Step 3: what's working well.

crate::catalogue! {
    /// Step 3: strengths.
    pub struct StrengthsText {
        going_well_prompt: "What is going well? What do you like about each other? Write it in the family's own words.", "¿Qué está yendo bien? ¿Qué les gusta de cada uno? Escríbalo con las propias palabras de la familia.";
        hard_time_prompt: "Tell us about a time things were hard and you got through it. What helped then?", "Cuéntenos de una vez en que las cosas estaban difíciles y salieron adelante. ¿Qué les ayudó esa vez?";
        strength: "Strength", "Fortaleza";
        past_success: "A time the family coped well before", "Una vez en que la familia salió adelante";
        delete_label: "Delete strength {n}", "Borrar la fortaleza {n}";
        deleted: "Strength deleted", "Fortaleza borrada";
        add: "+ Add a strength", "+ Agregar una fortaleza";
        whose: "Whose strength", "De quién es la fortaleza";
        whole_family: "The whole family", "Toda la familia";
    }
}
