//! Tests of `align`, on English written for them.

use super::*;

fn seg(sw: &str, en: &str) -> Segment {
    Segment {
        sw: sw.into(),
        en: Some(en.into()),
        ..Segment::default()
    }
}

#[test]
fn the_english_that_goes_with_the_term_wins() {
    let segs = vec![
        seg("a", "The agreements were signed today."),
        seg("b", "A new agreement on trade."),
        seg("c", "The agreement holds, officials said today."),
        seg("d", "Rain fell today."),
    ];
    let a = Aligner::new(&segs, &Options::default(), &[]);
    let p = a.propose(&[0, 1, 2], 3);
    assert_eq!(p[0].text, "agreement");
    assert_eq!(p[0].together, 3);
    assert!(p.iter().all(|x| x.text != "the"));
}

#[test]
fn keys_group_plurals_and_past() {
    for (a, b) in [
        ("agreements", "agreement"),
        ("countries", "country"),
        ("signed", "sign"),
        ("announced", "announce"),
        ("testing", "test"),
        ("cases", "case"),
        ("using", "use"),
        ("identified", "identify"),
        ("began", "begin"),
        ("taken", "take"),
        ("occurred", "occur"),
        ("cancelled", "cancel"),
        ("going", "go"),
    ] {
        assert_eq!(english_key(a), english_key(b), "{a} {b}");
    }
    assert_eq!(english_key("crisis"), "crisis");
    assert_eq!(english_key("news"), "news");
    assert_ne!(english_key("news"), english_key("new"));
}

#[test]
fn a_verb_is_shown_in_its_base_form() {
    let seen = ["enter", "announce", "organise", "investigates"];
    let base = |w: &str| verb_base_word(w, |x| seen.contains(&x));
    for (form, want) in [
        ("entered", "enter"),
        ("announced", "announce"),
        ("organised", "organise"),
        ("investigated", "investigate"),
        ("criticized", "criticize"),
        ("identified", "identify"),
        ("stopping", "stop"),
        ("adds", "add"),
        ("began", "begin"),
        ("fled", "flee"),
        ("cited", "cited"),
        ("launched", "launch"),
        ("watches", "watch"),
        ("considered", "consider"),
        ("delivering", "deliver"),
    ] {
        assert_eq!(base(form), want, "{form}");
    }
    let a = Aligner::new(&[seg("a", "It took place.")], &Options::default(), &[]);
    assert_eq!(a.verb_base("took place"), "take place");
    let breathing = |w: &str| w == "breathing";
    assert_eq!(verb_base_word("breath", breathing), "breathe");
    assert_eq!(verb_base_word("growth", breathing), "growth");
}

#[test]
fn a_verb_takes_the_english_used_as_a_verb_first() {
    let segs = vec![
        seg("a", "Respiratory illness makes breathing hard."),
        seg("b", "A respiratory mask."),
        seg("c", "Patients with respiratory failure could not breathe."),
        seg("d", "Nothing happened during the night."),
        seg("e", "Nothing was done."),
    ];
    let a = Aligner::new(&segs, &Options::default(), &[]);
    let mut en = a.propose(&[0, 1, 2], 3);
    assert_eq!(en[0].text, "respiratory", "by Dice alone");
    a.prefer_verbs(&mut en);
    assert_eq!(a.verb_base(&en[0].text), "breathe");
    assert!(a.used_as_verb("happen"));
    assert!(!a.used_as_verb("nothing"), "an -ing form alone is no verb");
    assert!(!a.used_as_verb("mask"));
    let p = |t: &str| Proposal {
        text: t.into(),
        score: 0.5,
        together: 2,
    };
    let mut none = vec![p("mask"), p("illness")];
    a.prefer_verbs(&mut none);
    assert_eq!(none, vec![p("mask"), p("illness")], "no verb among them");
}

#[test]
fn an_english_linked_to_another_term_in_the_pair_is_not_counted() {
    // `mwili` (body) is in every sentence `joto jingi mwilini` (fever) is in.
    let segs = vec![
        seg("a", "The body needs water."),
        seg("b", "Her body was weak."),
        seg("c", "A fever spread through the body."),
        seg("d", "He had a fever."),
        seg("e", "Fever and a cough."),
        seg("f", "The child had a fever."),
        seg("g", "The river is wide."),
        seg("h", "Rain fell."),
    ];
    let a = Aligner::new(&segs, &Options::default(), &[]);
    let (mwili, joto): (&[u32], &[u32]) = (&[0, 1, 2, 3, 4, 5], &[2, 3, 4, 5]);
    assert_eq!(a.propose(mwili, 1)[0].text, "fever", "by Dice alone");
    let lost = a.claims(&[mwili, joto], None, 12, 1.0);
    assert_eq!(lost[0].len(), 1, "{lost:?}");
    assert!(lost[1].is_empty(), "{lost:?}");
    assert_eq!(
        a.propose_for(mwili, 1, false, Some(&lost[0]))[0].text,
        "body"
    );
    assert_eq!(
        a.propose_for(joto, 1, false, Some(&lost[1]))[0].text,
        "fever"
    );
    assert!(
        a.best_dice(mwili) > 0.7,
        "the rank's Dice is taken before linking"
    );
}

#[test]
fn a_proposal_gives_way_to_the_phrase_holding_it() {
    let segs = vec![
        seg("a", "The mortality rate rose."),
        seg("b", "Mortality rates fell again."),
        seg("c", "A mortality rate of two."),
        seg("d", "High mortality was seen."),
        seg("e", "The rate of growth."),
        seg("f", "Interest rates were cut."),
    ];
    let share = |s: f64| Options {
        en_phrase_share: s,
        ..Options::default()
    };
    let a = Aligner::new(&segs, &share(0.75), &[]);
    assert_eq!(a.propose(&[0, 1, 2, 3], 1)[0].text, "mortality rate");
    let a = Aligner::new(&segs, &share(0.9), &[]);
    assert_eq!(
        a.propose(&[0, 1, 2, 3], 1)[0].text,
        "mortality",
        "3 of 4: too few"
    );
    let a = Aligner::new(&segs, &share(0.0), &[]);
    assert_eq!(a.propose(&[0, 1, 2, 3], 1)[0].text, "mortality");
}

#[test]
fn a_possessive_is_its_noun() {
    for (w, want) in [
        ("public's", "public"),
        ("workers'", "workers"),
        ("country’s", "country"),
        ("ng'ombe", "ng'ombe"),
        ("'", "'"),
    ] {
        assert_eq!(without_possessive(w.to_string()), want);
    }
}

#[test]
fn a_noun_takes_the_noun_of_the_same_stem() {
    let p = |t: &str| Proposal {
        text: t.into(),
        score: 0.5,
        together: 2,
    };
    for (list, want) in [
        (vec!["national", "country", "nation"], "nation"),
        (vec!["economic", "economy", "growth"], "economy"),
        (vec!["southern", "south"], "south"),
        (vec!["medical", "medicine"], "medical"),
        (vec!["country", "nation"], "country"),
    ] {
        let mut en: Vec<Proposal> = list.into_iter().map(p).collect();
        prefer_noun(&mut en, |_| false);
        assert_eq!(en[0].text, want);
    }
    // The noun is another term's English already: the adjective stays first.
    let list = || {
        vec!["cultural", "art", "culture"]
            .into_iter()
            .map(p)
            .collect()
    };
    let mut en: Vec<Proposal> = list();
    prefer_noun(&mut en, |_| false);
    assert_eq!(en[0].text, "culture");
    let mut en: Vec<Proposal> = list();
    prefer_noun(&mut en, |w| w == "culture");
    assert_eq!(en[0].text, "cultural");
}

#[test]
fn a_passive_verb_is_proposed_as_be_and_its_participle() {
    let segs = vec![
        seg("a", "The singer is known in every town."),
        seg("b", "Few people know her."),
        seg("c", "The town was known for its singer."),
        seg("d", "Rain fell today."),
    ];
    let a = Aligner::new(&segs, &Options::default(), &[]);
    assert_eq!(a.propose(&[0, 1, 2], 1)[0].text, "know");
    assert_eq!(a.propose_for(&[0, 1, 2], 1, true, None)[0].text, "be known");
    let b = Aligner::new(
        &[
            seg("a", "Water is available."),
            seg("b", "Food is available."),
        ],
        &Options::default(),
        &[],
    );
    assert_eq!(
        b.propose_for(&[0, 1], 1, true, None)[0].text,
        "be available"
    );
}

#[test]
fn a_verb_in_the_pair_links_to_the_verb_term_first() {
    // `fungua` (open) is in every sentence; `mlango` only beside it, in two of them.
    let segs = vec![
        seg("a", "It opened at dawn."),
        seg("b", "They opened it early."),
        seg("c", "She opened a shop."),
        seg("d", "Police released him."),
        seg("e", "Police released the man."),
        seg("f", "Rain fell."),
        seg("g", "The river is wide."),
        seg("h", "Birds sang."),
    ];
    let a = Aligner::new(&segs, &Options::default(), &[]);
    let (fungua, mlango): (&[u32], &[u32]) = (&[0, 1, 2, 3, 4], &[0, 1]);
    let open = |lost: &HashMap<u32, usize>| {
        lost.iter()
            .filter(|(id, _)| a.shown[**id as usize] == "opened")
            .map(|(_, n)| *n)
            .sum::<usize>()
    };
    let by_strength = a.claims(&[fungua, mlango], None, 12, 1.0);
    assert_eq!(open(&by_strength[0]), 2, "the rarer term is stronger");
    let by_verb = a.claims(&[fungua, mlango], Some(&[true, false]), 12, 1.0);
    assert_eq!(open(&by_verb[0]), 0, "{by_verb:?}");
    assert_eq!(open(&by_verb[1]), 2, "{by_verb:?}");
    assert_eq!(
        a.propose_for(fungua, 1, false, Some(&by_verb[0]))[0].text,
        "opened"
    );
}
