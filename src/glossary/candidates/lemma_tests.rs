//! Tests of the lemma consensus: grouping, one-tense and noun-only words, lone plurals,
//! vowel-stem nesting, the reflexive and part-of-speech support.

mod forms {
    use super::super::*;

    fn lemmas(words: &[(&str, usize)]) -> Lemmas {
        Lemmas::build(
            &words.iter().map(|(w, c)| (w.to_string(), *c)).collect(),
            |_, _| false,
            false,
            false,
            true,
        )
    }

    #[test]
    fn forms_group_under_their_lemma() {
        let l = lemmas(&[
            ("mkataba", 3),
            ("mikataba", 2),
            ("walisaini", 2),
            ("wamesaini", 1),
            ("kusaini", 1),
            ("wakati", 5),
            ("kati", 2),
            ("mtandao", 1),
            ("mitandao", 4),
            ("walikamatwa", 1),
            ("kukamata", 1),
            ("mkoa", 2),
            ("mkoani", 1),
            ("alikubali", 2),
            ("kukubali", 1),
            ("walikubali", 1),
            ("bali", 3),
        ]);
        let cases = [
            ("mikataba", "mkataba"),
            ("walisaini", "saini"),
            ("kusaini", "saini"),
            ("wakati", "wakati"),
            ("mitandao", "mtandao"),
            ("walikamatwa", "kamata"),
            ("mkoani", "mkoa"),
            ("alikubali", "kubali"),
            ("kukubali", "kubali"),
        ];
        for (w, lemma) in cases {
            assert_eq!(l.lemma(w), lemma, "{w}");
        }
        assert_eq!(l.of("mikataba").reading, Reading::Noun(NounClass::C3_4));
    }

    #[test]
    fn short_stems_of_a_consonant_and_two_vowels_group() {
        let l = lemmas(&[
            ("kutoa", 3),
            ("alitoa", 2),
            ("hutoa", 1),
            ("kuvaa", 2),
            ("wamevaa", 1),
            ("alivaa", 1),
            ("kutosha", 2),
            ("inatosha", 1),
            ("kusha", 1),
        ]);
        for (w, lemma) in [
            ("kutoa", "toa"),
            ("alitoa", "toa"),
            ("hutoa", "toa"),
            ("kuvaa", "vaa"),
            ("wamevaa", "vaa"),
            ("alivaa", "vaa"),
            ("kutosha", "tosha"),
            ("inatosha", "tosha"),
        ] {
            assert_eq!(l.lemma(w), lemma, "{w}");
        }
        // `sha` is no stem: a consonant pair, not a consonant and two vowels.
        assert_eq!(l.lemma("kusha"), "kusha");
    }

    #[test]
    fn one_tense_or_a_verb_singular_is_no_grouping() {
        let l = lemmas(&[
            ("utafiti", 5),
            ("watafiti", 2),
            ("mtafiti", 1),
            ("mbunge", 3),
            ("wabunge", 2),
            ("mazingira", 4),
            ("kuzingira", 1),
            ("aliteuliwa", 2),
            ("kuteua", 1),
            ("ameteuliwa", 1),
            ("aliteua", 1),
            ("wameteua", 1),
        ]);
        for (w, lemma) in [
            ("utafiti", "utafiti"),
            ("watafiti", "mtafiti"),
            ("wabunge", "mbunge"),
            ("mbunge", "mbunge"),
            ("mazingira", "mazingira"),
            ("aliteuliwa", "teua"),
            ("ameteuliwa", "teua"),
        ] {
            assert_eq!(l.lemma(w), lemma, "{w}");
        }
    }

    #[test]
    fn a_lone_plural_of_a_clear_class_takes_its_singular() {
        let words: HashMap<String, usize> = [("wazawa", 3), ("michezo", 2), ("mazingira", 4)]
            .iter()
            .map(|(w, c)| (w.to_string(), *c))
            .collect();
        let on = Lemmas::build(&words, |_, _| false, true, false, false);
        assert_eq!(on.lemma("wazawa"), "mzawa");
        assert_eq!(on.lemma("michezo"), "mchezo");
        assert_eq!(on.lemma("mazingira"), "mazingira", "class 6 stays");
        let off = Lemmas::build(&words, |_, _| false, false, false, false);
        assert_eq!(off.lemma("wazawa"), "wazawa");
    }

    #[test]
    fn a_lone_reading_stays_the_word() {
        let l = lemmas(&[("makubaliano", 3)]);
        assert_eq!(l.lemma("makubaliano"), "makubaliano");
    }
}

mod nesting {
    use super::super::*;

    fn build(words: &[(&str, usize)], known: impl Fn(&str, Reading) -> bool) -> Lemmas {
        Lemmas::build(
            &words.iter().map(|(w, c)| (w.to_string(), *c)).collect(),
            known,
            false,
            false,
            true,
        )
    }

    #[test]
    fn a_vowel_stem_is_not_cut_after_its_first_letter() {
        let l = build(
            &[
                ("kuunganisha", 3),
                ("kuunganishwa", 2),
                ("wataunganisha", 1),
                ("inaunganisha", 1),
                ("kulinganisha", 4),
                ("ikilinganishwa", 5),
                ("tulilinganisha", 1),
            ],
            |_, _| false,
        );
        for (w, lemma) in [
            ("kuunganisha", "unganisha"),
            ("kuunganishwa", "unganisha"),
            ("inaunganisha", "unganisha"),
        ] {
            assert_eq!(l.lemma(w), lemma, "{w}");
        }
        assert_ne!(l.lemma("kulinganisha"), l.lemma("kuunganisha"));
    }

    #[test]
    fn object_markers_on_a_consonant_stem_stay_object_markers() {
        let l = build(
            &[
                ("alimtuhumu", 1),
                ("wamemtuhumu", 1),
                ("akimtuhumu", 1),
                ("kuwatuhumu", 1),
                ("akawatuhumu", 1),
            ],
            |_, _| false,
        );
        assert_eq!(l.lemma("alimtuhumu"), "tuhumu");
        assert_eq!(l.lemma("kuwatuhumu"), "tuhumu");
    }

    #[test]
    fn the_reflexive_keeps_its_own_verb() {
        let l = build(
            &[
                ("kujitenga", 2),
                ("wamejitenga", 1),
                ("kutenga", 2),
                ("walitenga", 1),
            ],
            |_, _| false,
        );
        assert_eq!(l.lemma("kujitenga"), "jitenga");
        assert_eq!(l.lemma("wamejitenga"), "jitenga");
        assert_eq!(l.lemma("kutenga"), "tenga");
    }

    #[test]
    fn a_known_word_supports_only_its_own_part_of_speech() {
        // `kirusi` is known, but as no noun (the language name): `virusi` stays itself.
        let words = [("virusi", 5)];
        let adjective = build(&words, |_, r| r == Reading::Plain);
        assert_eq!(adjective.lemma("virusi"), "virusi");
        let noun = build(&words, |w, r| {
            w == "kirusi" && matches!(r, Reading::Noun(_))
        });
        assert_eq!(noun.lemma("virusi"), "kirusi");
    }
}

mod stems {
    use super::super::*;

    fn build(words: &[(&str, usize)], lone_infinitives: bool) -> Lemmas {
        Lemmas::build(
            &words.iter().map(|(w, c)| (w.to_string(), *c)).collect(),
            |_, _| false,
            false,
            lone_infinitives,
            true,
        )
    }

    #[test]
    fn an_infinitive_outweighs_ku_with_a_tense_marker() {
        // `kutafuta` could be `ku-ta-futa` (there will wipe); `futa` has more words.
        let l = build(
            &[
                ("kutafuta", 9),
                ("tunatafuta", 2),
                ("kufuta", 3),
                ("alifuta", 1),
                ("wamefuta", 1),
            ],
            false,
        );
        assert_eq!(l.lemma("kutafuta"), "tafuta");
        assert_eq!(l.lemma("tunatafuta"), "tafuta");
        assert_eq!(l.lemma("kufuta"), "futa");
    }

    #[test]
    fn a_base_seen_alone_takes_its_passive_forms() {
        let l = build(
            &[
                ("aliteuliwa", 3),
                ("walioteuliwa", 2),
                ("ameteuliwa", 1),
                ("huteua", 1),
            ],
            false,
        );
        assert_eq!(l.lemma("aliteuliwa"), "teua");
        assert_eq!(l.lemma("walioteuliwa"), "teua");
        // No form of `elea` alone: `elewa` stands.
        let l = build(
            &[("kuelewa", 4), ("wanaelewa", 2), ("hatukuelewa", 1)],
            false,
        );
        assert_eq!(l.lemma("kuelewa"), "elewa");
    }

    #[test]
    fn pa_opens_a_stem_rather_than_marking_an_object() {
        let l = build(
            &[
                ("kupambana", 5),
                ("wanapambana", 2),
                ("kukumbana", 1),
                ("tulikumbana", 1),
            ],
            false,
        );
        assert_eq!(l.lemma("kupambana"), "pambana");
        assert_eq!(l.lemma("wanapambana"), "pambana");
    }

    #[test]
    fn a_lone_infinitive_takes_its_stem() {
        let words = [("kupitisha", 4), ("kusini", 6), ("kumbukumbu", 2)];
        let on = build(&words, true);
        assert_eq!(on.lemma("kupitisha"), "pitisha");
        assert_eq!(on.lemma("kusini"), "kusini");
        assert_eq!(on.lemma("kumbukumbu"), "kumbukumbu");
        assert_eq!(build(&words, false).lemma("kupitisha"), "kupitisha");
    }

    #[test]
    fn mwana_compounds_group_with_their_plural() {
        let l = build(
            &[
                ("wanaume", 5),
                ("mwanaume", 2),
                ("wanadamu", 3),
                ("mwanadamu", 1),
            ],
            false,
        );
        assert_eq!(l.lemma("wanaume"), "mwanaume");
        assert_eq!(l.lemma("wanadamu"), "mwanadamu");
    }
}
