//! Candidate extraction on a small corpus written for these tests.

use super::rank::passive_like;
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
    // Shown in its base form, as the glossary writes verbs.
    assert_eq!(c.en[0].text, "harvest");
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

/// Segments with no English, written for the term-ness tests.
fn swahili(rows: &[&str]) -> Vec<Segment> {
    rows.iter()
        .enumerate()
        .map(|(i, sw)| Segment {
            sw: sw.to_string(),
            en: None,
            source: format!("test:{}", i + 1),
            doc: i,
        })
        .collect()
}

fn extract_sw(rows: &[&str], opts: &Options) -> Report {
    let g = Glossary::from_yaml_str("test.yaml", GLOSSARY).unwrap();
    extract(&g, &swahili(rows), &Background::default(), opts)
}

#[test]
fn a_framed_noun_ranks_above_an_adjective_of_many_concords() {
    let rows = [
        "Sheria ya ardhi ilipitishwa na wabunge wakubwa.",
        "Katika sheria hii kuna jambo kubwa.",
        "Wananchi walijadili sheria hiyo kwa muda mkubwa.",
        "Kikundi kikubwa kilipinga sheria ya kodi kubwa.",
        "Vikundi vikubwa vilikataa sheria mpya.",
        "Miji mikubwa inafuata sheria za zamani.",
        "Tatizo kubwa ni sheria ya mipaka.",
        "Mafuriko makubwa yalifuata mvua kubwa.",
    ];
    let on = Options {
        min_count: 3,
        ..Options::default()
    };
    let r = extract_sw(&rows, &on);
    let (sheria, kubwa) = (find(&r, "sheria"), find(&r, "kubwa"));
    let (Some(sheria), Some(kubwa)) = (sheria, kubwa) else {
        panic!("{:?}", r.candidates);
    };
    assert!(
        sheria.termhood > 2.0 * kubwa.termhood,
        "{sheria:?} {kubwa:?}"
    );
    assert!(
        kubwa.termhood <= on.modifier_penalty,
        "kubwa takes many concords"
    );
    assert!(
        r.candidates.iter().position(|c| c.sw == "sheria")
            < r.candidates.iter().position(|c| c.sw == "kubwa")
    );
    let off = Options {
        min_count: 3,
        noun_frame: 0.0,
        modifier_penalty: 1.0,
        ..Options::default()
    };
    let r = extract_sw(&rows, &off);
    assert!(r.candidates.iter().all(|c| c.termhood == 1.0));
}

#[test]
fn a_unit_keeps_the_form_seen_after_its_connective() {
    let rows = [
        "Kiwango cha vifo kimepanda mwaka huu.",
        "Wataalamu walipima kiwango cha vifo mikoani.",
        "Kiwango cha vifo kilishuka baadaye.",
        "Viwango vya vifo vinatofautiana kati ya mikoa.",
        "Kifo cha mzee kilitangazwa jana.",
    ];
    let on = Options {
        min_count: 3,
        ..Options::default()
    };
    let r = extract_sw(&rows, &on);
    assert!(find(&r, "kiwango cha vifo").is_some(), "{:?}", r.candidates);
    let off = Options {
        modifiers_as_seen: false,
        ..on
    };
    let r = extract_sw(&rows, &off);
    assert!(find(&r, "kiwango cha kifo").is_some(), "{:?}", r.candidates);
}

#[test]
fn a_mostly_reflexive_verb_is_headed_with_ji() {
    let rows = [
        "Wagonjwa walijitenga nyumbani.",
        "Msafiri amejitenga kwa siku kumi.",
        "Kila mgeni anajitenga kwanza.",
        "Wanafunzi watajitenga wiki ijayo.",
        "Serikali ilitenga fedha.",
    ];
    let on = Options {
        min_count: 3,
        ..Options::default()
    };
    let r = extract_sw(&rows, &on);
    let c = r
        .candidates
        .iter()
        .find(|c| c.forms.iter().any(|f| f == "walijitenga"))
        .unwrap_or_else(|| panic!("{:?}", r.candidates));
    assert_eq!(c.sw, "jitenga");
    assert_eq!(c.pos, Some(Pos::Verb));
}

#[test]
fn passive_and_stative_stems_are_told_apart() {
    for s in ["uawa", "ripotiwa", "lazwa", "julikana", "patikana"] {
        assert!(passive_like(s), "{s}");
    }
    for s in ["gawa", "tenga", "fanyika"] {
        assert!(!passive_like(s), "{s}");
    }
}

#[test]
fn an_adverbial_phrase_opened_by_kwa_stays_whole() {
    let rows = [
        "Kwa ujumla bei za mafuta zilipanda mwaka huu.",
        "Wakulima walifurahi kwa ujumla baada ya mvua.",
        "Kwa ujumla hali ya hewa ilikuwa nzuri.",
        "Soko lilifungwa kwa ujumla wiki iliyopita.",
    ];
    let on = Options {
        min_count: 3,
        ..Options::default()
    };
    let r = extract_sw(&rows, &on);
    assert!(find(&r, "kwa ujumla").is_some(), "{:?}", r.candidates);
    assert!(find(&r, "ujumla").is_none(), "{:?}", r.candidates);
    // The baseline counts exact n-grams between content words only.
    let r = extract_sw(&rows, &Options::exact_forms());
    assert!(find(&r, "kwa ujumla").is_none(), "{:?}", r.candidates);
}

#[test]
fn no_unit_ends_on_a_quantifier_or_runs_through_a_demonstrative() {
    let rows = [
        "Mvua nyingi ilinyesha na bwawa hili jipya likajaa.",
        "Wakulima walisema mvua nyingi iliharibu bwawa hili jipya.",
        "Baada ya mvua nyingi, bwawa hili jipya lilivuja.",
        "Mvua nyingi zilifika mapema kwenye bwawa hili jipya.",
    ];
    let on = Options {
        min_count: 3,
        ..Options::default()
    };
    let sw = |r: &Report| {
        r.candidates
            .iter()
            .map(|c| c.sw.clone())
            .collect::<Vec<_>>()
    };
    let r = extract_sw(&rows, &on);
    let got = sw(&r);
    assert!(find(&r, "mvua").is_some(), "{got:?}");
    for bad in ["mvua nyingi", "nyingi", "bwawa hili jipya", "hili"] {
        assert!(find(&r, bad).is_none(), "{bad}: {got:?}");
    }
    let off = Options {
        grammar_units: false,
        ..on
    };
    let r = extract_sw(&rows, &off);
    assert!(find(&r, "bwawa hili jipya").is_some(), "{:?}", sw(&r));
}

#[test]
fn a_unit_is_weighed_against_the_occurrences_it_can_reach() {
    // `muda` is mostly inside the known `kwa muda wa`; `kwa muda` alone recurs.
    let glossary = r#"
domain: test
entries:
  - id: kwa-muda-wa
    sw: kwa muda wa
    pos: phrase
    en: for a period of
"#;
    let g = Glossary::from_yaml_str("test.yaml", glossary).unwrap();
    let rows = [
        "Kiwanda kilifungwa kwa muda jana.",
        "Barabara itafungwa kwa muda kesho.",
        "Shule zilisimama kwa muda mwezi uliopita.",
        "Mgeni alikaa kwa muda wa siku tano.",
        "Mvua ilinyesha kwa muda wa saa mbili.",
        "Wafanyakazi waligoma kwa muda wa wiki moja.",
        "Mkutano ulidumu kwa muda wa saa tatu.",
    ];
    let on = Options {
        min_count: 3,
        unit_dice: 2.0,
        ..Options::default()
    };
    let r = extract(&g, &swahili(&rows), &Background::default(), &on);
    assert!(find(&r, "kwa muda").is_some(), "{:?}", r.candidates);
    let off = Options {
        free_cohesion: false,
        ..on
    };
    let r = extract(&g, &swahili(&rows), &Background::default(), &off);
    assert!(find(&r, "kwa muda").is_none(), "{:?}", r.candidates);
}
