//! Layout of the team picture: the family in the centre, informal supports on
//! the left, formal supports on the right (an SVG is drawn from this).

use super::plan::{ItemId, Plan, SupportKind};

/// Width and height of the picture's coordinate space.
pub const SIZE: (f32, f32) = (800.0, 480.0);
const CENTRE: (f32, f32) = (400.0, 240.0);

/// One person in the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: ItemId,
    pub name: String,
    pub role: String,
    pub support: SupportKind,
    pub attending: bool,
    /// Marked private: drawn apart, so the room knows it is not shared.
    pub private: bool,
    pub x: f32,
    pub y: f32,
}

/// Place every team member: family in a small ring at the centre, informal
/// supports on an arc on the left, formal supports on an arc on the right.
pub fn layout(plan: &Plan) -> Vec<Node> {
    layout_in(plan, crate::domain::Language::English)
}

/// [`layout`] with names and roles for a reader of `language`.
pub fn layout_in(plan: &Plan, language: crate::domain::Language) -> Vec<Node> {
    let mut nodes = Vec::with_capacity(plan.team.len());
    for kind in SupportKind::ALL {
        let group: Vec<_> = plan.team.iter().filter(|m| m.support == kind).collect();
        let n = group.len();
        for (i, m) in group.into_iter().enumerate() {
            let (x, y) = match kind {
                SupportKind::Family => ring(i, n, 70.0),
                SupportKind::Informal => arc(i, n, std::f32::consts::PI),
                SupportKind::Formal => arc(i, n, 0.0),
            };
            nodes.push(Node {
                id: m.id,
                name: m.display_name_in(language).to_string(),
                role: if m.relation.trim().is_empty() {
                    m.role.label_in(language).to_string()
                } else {
                    m.relation.clone()
                },
                support: kind,
                attending: m.attending,
                private: m.private,
                x,
                y,
            });
        }
    }
    nodes
}

fn ring(i: usize, n: usize, radius: f32) -> (f32, f32) {
    if n == 1 {
        return CENTRE;
    }
    let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
    (
        CENTRE.0 + radius * angle.cos(),
        CENTRE.1 + radius * angle.sin(),
    )
}

/// Spread `n` people over an arc of 140° centred on `towards` (0 = right, π = left).
fn arc(i: usize, n: usize, towards: f32) -> (f32, f32) {
    let span = 140f32.to_radians();
    let angle = if n <= 1 {
        towards
    } else {
        towards - span / 2.0 + span * i as f32 / (n - 1) as f32
    };
    let (rx, ry) = (300.0, 190.0);
    (CENTRE.0 + rx * angle.cos(), CENTRE.1 + ry * angle.sin())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::corpus;

    #[test]
    fn everyone_is_placed_inside_the_picture_on_their_side() {
        let plan = corpus::import(corpus::EXAMPLE_PLAN_JSON, "p", 0).unwrap();
        let nodes = layout(&plan);
        assert_eq!(nodes.len(), plan.team.len());
        for n in &nodes {
            assert!(
                n.x > 0.0 && n.x < SIZE.0 && n.y > 0.0 && n.y < SIZE.1,
                "{n:?}"
            );
            match n.support {
                SupportKind::Informal => assert!(n.x < CENTRE.0, "{n:?}"),
                SupportKind::Formal => assert!(n.x > CENTRE.0, "{n:?}"),
                SupportKind::Family => assert!((n.x - CENTRE.0).abs() <= 70.1),
            }
        }
        // No two people on the same spot.
        for (i, a) in nodes.iter().enumerate() {
            for b in &nodes[i + 1..] {
                assert!((a.x - b.x).abs() + (a.y - b.y).abs() > 20.0, "{a:?} {b:?}");
            }
        }
    }
}
