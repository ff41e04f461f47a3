//! Step 7: the children's and young people's voice. Questions put to a
//! child or young person say "tú" in Spanish, as adults speak to children;
//! texts for the facilitator say "usted".

use crate::domain::{Language, VoicePart};

crate::catalogue! {
    /// Step 7: the children's voice.
    pub struct VoiceText {
        rights: "All children have a right to know what is happening in their life, and a say in it.", "Todos los niños tienen derecho a saber lo que pasa en su vida, y a opinar sobre eso.";
        no_children: "No children are listed yet. Add them in step 2, Our team.", "Todavía no hay niños en la lista. Agréguelos en el paso 2, Nuestro equipo.";
        heading_age: "{name} ({age} years old)", "{name} ({age} años)";
        story_prompts: "Story prompts (for younger children)", "Preguntas para la historia (para niños más pequeños)";
        youth_prompts: "Prompts for young people", "Preguntas para jóvenes";
        sharing_choice: "In the child's words: what to share, and with whom (stays with the caseworker)", "En palabras del niño o niña: qué compartir, y con quién (se queda con quien lleva el caso)";
        story_prompt: "Tell a short story about the child and their life, with the child. Present the parents kindly.", "Cuente una historia corta sobre el niño o niña y su vida, junto con el niño o niña. Hable de los padres con cariño.";
        our_story: "Our story", "Nuestra historia";
        ending: "How would you like the story to end?", "¿Cómo te gustaría que terminara la historia?";
        exact_words_hint: "Write the child's exact words. The child can rename the boxes.", "Escriba las palabras exactas del niño o niña. El niño o niña puede cambiar el nombre de las cajas.";
        remember_story: "Do you remember your story? Has it changed?", "¿Te acuerdas de tu historia? ¿Ha cambiado?";
        plan_now: "What is the plan now?", "¿Cuál es el plan ahora?";
        box_name: "Name of box {n} (the child can rename it)", "Nombre de la caja {n} (el niño o niña le puede cambiar el nombre)";
        box_words: "{box} — in the child's words", "{box}: en palabras del niño o niña";
        youth_prompt: "This is your plan too. What do you want to happen? What do you want from the adults here?", "Este también es tu plan. ¿Qué quieres que pase? ¿Qué quieres de los adultos que están aquí?";
        own_words: "In my own words", "En mis propias palabras";
        own_goals: "My goals", "Mis metas";
        wants: "What I want from this plan", "Lo que quiero de este plan";
        safety_plan: "My safety plan: what will I do instead of running or when things get bad?", "Mi plan de seguridad: ¿qué haré en vez de escaparme, o cuando las cosas se pongan mal?";
        the_child: "The child", "el niño o niña";
        share_legend: "What {name} agrees to share with the family", "Lo que {name} acepta compartir con la familia";
        share_hint: "Only what is ticked goes into the family's link, phone copy and printout. The rest stays with the caseworker.", "Solo lo que está marcado va en el enlace, la copia en el celular y la hoja impresa de la familia. Lo demás se queda con quien lleva el caso.";
        share_part: "Share with my family: {part}", "Compartir con mi familia: {part}";
        shared: "shared", "se comparte";
        only_caseworker: "only the caseworker", "solo quien lleva el caso";
        part_story: "my story", "mi historia";
        part_boxes: "my worries, good things and dreams (the boxes)", "mis preocupaciones, cosas buenas y sueños (las cajas)";
        part_own_words: "my own words and what I want from the plan", "mis propias palabras y lo que quiero del plan";
        part_goals: "my goals", "mis metas";
        part_safety_plan: "my safety plan", "mi plan de seguridad";
    }
}

/// "Share with my family: my story", for the child's choice of `part`.
pub fn share_part_label(part: VoicePart, language: Language) -> String {
    let t = VoiceText::get(language);
    let what = match part {
        VoicePart::Story => t.part_story,
        VoicePart::Boxes => t.part_boxes,
        VoicePart::OwnWords => t.part_own_words,
        VoicePart::Goals => t.part_goals,
        VoicePart::SafetyPlan => t.part_safety_plan,
    };
    super::super::fill(t.share_part, &[("part", what)])
}
