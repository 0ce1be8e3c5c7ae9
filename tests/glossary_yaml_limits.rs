//! Hostile YAML: an alias bomb is refused with a clear error, by the loader's expansion budget
//! (a document that expanded would never finish); arbitrary text never panics the loader (a
//! property test standing in for the fuzz target on stable). The time each refusal takes is
//! printed, not asserted: timings belong to benchmarks, and a loaded machine made them flaky.

use std::time::Instant;

use muhtasari::Glossary;
use proptest::prelude::*;

/// A "billion laughs" document padded to about 1 MB: each level aliases the previous one
/// nine times, so expanding it would need 9^depth nodes.
fn alias_bomb() -> String {
    // The anchors sit where the schema allows a list (`alt`), so the refusal cannot come
    // from an unknown field.
    let mut s = String::from("domain: bomb\nentries:\n");
    s.push_str("  - {id: e0, sw: a, pos: name, en: b, alt: &a0 [\"lol\"]}\n");
    for i in 1..=30 {
        let prev = format!("*a{}", i - 1);
        let items = vec![prev; 9].join(", ");
        s.push_str(&format!(
            "  - {{id: e{i}, sw: a{i}, pos: name, en: b, alt: &a{i} [{items}]}}\n"
        ));
    }
    while s.len() < 1_000_000 {
        s.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    s
}

#[test]
fn alias_bomb_is_refused() {
    let bomb = alias_bomb();
    assert!(bomb.len() >= 1_000_000);
    let t = Instant::now();
    let err = Glossary::from_yaml_str("bomb.yaml", &bomb).expect_err("the bomb must be refused");
    let took = t.elapsed();
    let msg = err.to_string();
    assert!(msg.starts_with("bomb.yaml:"), "{msg}");
    eprintln!("alias bomb refused in {took:?}: {msg}");
}

#[test]
fn wide_alias_fanout_is_refused() {
    // Many aliases to one big anchored list: the expanded size explodes linearly × 10^4.
    let mut s =
        String::from("domain: d\nentries:\n  - {id: big, sw: x, pos: name, en: y, alt: &b [");
    s.push_str(&vec!["\"aaaaaaaaaa\""; 5_000].join(", "));
    s.push_str("]}\n");
    for i in 0..20_000 {
        s.push_str(&format!(
            "  - {{id: e{i}, sw: x, pos: name, en: y, alt: *b}}\n"
        ));
    }
    let t = Instant::now();
    let r = Glossary::from_yaml_str("fan.yaml", &s);
    let took = t.elapsed();
    let err = r
        .expect_err("a 100M-node expansion must be refused")
        .to_string();
    eprintln!("fan-out refused in {took:?}: {err}");
    assert!(err.starts_with("fan.yaml:"), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn loader_never_panics_on_text(s in "\\PC{0,300}") {
        let _ = Glossary::from_yaml_str("p.yaml", &s);
    }

    #[test]
    fn loader_never_panics_on_yamlish(
        lines in prop::collection::vec(
            prop::sample::select(vec![
                "domain: x", "entries:", "  - id: a", "    sw: mkataba", "    pos: noun",
                "    pos: verb", "    class: \"3/4\"", "    class: 99", "    en: deal",
                "    forms: [a, b]", "    examples:", "      - text: x", "        match: y",
                "    not: *z", "  - &z [1]", "    plural: []", "    animate: maybe", "\t",
                "    sw: \"\"", "    id: [", "---", "...", "    locative: true",
            ]),
            0..30,
        )
    ) {
        let text = lines.join("\n");
        if let Ok(g) = Glossary::from_yaml_str("p.yaml", &text) {
            let m = muhtasari::Matcher::new(&g);
            let _ = m.find("mkataba walisaini a b y deal");
            let _ = muhtasari::lint(&g);
        }
    }
}
