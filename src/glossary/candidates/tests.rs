//! Candidate extraction on a small corpus written for these tests.

use super::*;

const GLOSSARY: &str = r#"
domain: test
entries:
  - id: mkataba
    sw: mkataba
    pos: noun
    class: "3/4"
    en: agreement
  - id: saini
    sw: saini
    pos: verb
    en: sign
"#;

fn pairs() -> Vec<Segment> {
    // (Swahili, English), written for this test.
    let rows = [
        (
            "Vijana wengi hutumia mitandao ya kijamii kila siku.",
            "Many young people use social media every day.",
        ),
        (
            "Serikali ilionya kuhusu habari za uongo kwenye mitandao ya kijamii.",
            "The government warned about false news on social media.",
        ),
        (
            "Mitandao ya kijamii ilijaa picha za mafuriko.",
            "Social media was full of pictures of the floods.",
        ),
        (
            "Kila mtandao una sheria zake.",
            "Each network has its own rules.",
        ),
        (
            "Wakulima walivuna mahindi mengi mwaka huu.",
            "Farmers harvested a lot of maize this year.",
        ),
        (
            "Mkulima mmoja alivuna mahindi kabla ya mvua.",
            "One farmer harvested maize before the rain.",
        ),
        (
            "Wakulima wanasema bei ya mahindi imeshuka.",
            "Farmers say the price of maize has fallen.",
        ),
        (
            "Wakulima hawajavuna kwa sababu ya ukame.",
            "Farmers have not harvested because of the drought.",
        ),
        (
            "Rais alisaini mkataba na Kampuni ya Zuberi mjini Dodoma.",
            "The president signed an agreement with the Zuberi Company in Dodoma.",
        ),
        (
            "Mawaziri walikutana na Kampuni ya Zuberi tena.",
            "The ministers met the Zuberi Company again.",
        ),
        (
            "Wafanyakazi wa Kampuni ya Zuberi walivuna pamba.",
            "Workers of the Zuberi Company harvested cotton.",
        ),
        (
            "Mikatabani mwao hakuna ahadi mpya.",
            "In their agreements there is no new promise.",
        ),
        (
            "Mikatabani kulikuwa na makosa.",
            "In the agreements there were mistakes.",
        ),
        (
            "Mikatabani yote kuna sahihi za mawaziri.",
            "All the agreements carry the ministers' signatures.",
        ),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (sw, en))| Segment {
            sw: sw.to_string(),
            en: Some(en.to_string()),
            source: format!("test:{}", i + 1),
            doc: i / 3,
        })
        .collect()
}

fn run() -> Report {
    let g = Glossary::from_yaml_str("test.yaml", GLOSSARY).unwrap();
    let opts = Options {
        min_count: 3,
        ..Options::default()
    };
    extract(&g, &pairs(), &Background::default(), &opts)
}

fn find<'a>(r: &'a Report, sw: &str) -> Option<&'a Candidate> {
    r.candidates.iter().find(|c| c.sw == sw)
}

#[test]
fn nouns_group_by_class_and_take_their_english() {
    let r = run();
    let c = find(&r, "mkulima").expect("mkulima from wakulima + mkulima");
    assert_eq!(c.class, Some(NounClass::C1_2));
    assert_eq!(c.count, 4);
    assert_eq!(c.en[0].text, "farmer");
}

#[test]
fn verbs_group_by_stem() {
    let r = run();
    let c = find(&r, "vuna").expect("vuna from walivuna, alivuna, hawajavuna");
    assert_eq!(c.pos, Some(Pos::Verb));
    assert!(c.forms.contains(&"hawajavuna".to_string()));
    assert_eq!(c.en[0].text, "harvested");
}

#[test]
fn a_recurring_unit_stays_whole_and_hides_its_parts() {
    let r = run();
    let c = find(&r, "mtandao wa kijamii").unwrap_or_else(|| {
        panic!("the phrase, in the singular: {:#?}", r.candidates);
    });
    assert_eq!(c.count, 3);
    assert_eq!(c.en[0].text, "social media");
    assert!(find(&r, "mtandao").is_none(), "{:?}", r.candidates);
}

#[test]
fn names_apart_known_terms_out_missing_forms_reported() {
    let r = run();
    assert!(
        r.names.iter().any(|n| n.sw == "Kampuni ya Zuberi"),
        "{:?}",
        r.names
    );
    assert!(
        r.candidates
            .iter()
            .all(|c| c.sw != "saini" && c.sw != "mkataba")
    );
    let m = r
        .missing_forms
        .iter()
        .find(|m| m.entry == "mkataba")
        .unwrap_or_else(|| panic!("mikatabani: {:#?}", r.missing_forms));
    assert_eq!(m.forms, ["mikatabani"]);
}

#[test]
fn yaml_output_loads_and_lint_asks_for_review() {
    let r = run();
    let text = output::yaml(&r);
    let g = Glossary::from_yaml_str("candidates.yaml", &text).unwrap();
    assert!(
        g.entries
            .iter()
            .all(|e| e.status == crate::glossary::Status::Candidate)
    );
    let findings = crate::glossary::lint(&g);
    assert!(
        findings
            .iter()
            .all(|f| f.severity == crate::glossary::Severity::Warning),
        "{findings:?}"
    );
    assert!(findings.iter().any(|f| f.message.contains("not reviewed")));
}
