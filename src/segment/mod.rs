//! Sentence and block boundaries for Swahili news. The text is cut into paragraphs and
//! lines; each line is classified (heading, caption, credit, boilerplate, byline, dateline,
//! prose), and prose is split into sentences. It knows nothing of scoring or glossaries.
//!
//! Every unit carries a byte span into the text; units never overlap, come in order, and
//! with the whitespace between them cover the whole text.

mod blocks;
mod byline;
mod dateline;
mod runin;
mod sentences;
mod source;

pub use sentences::ends_as_sentence;

use serde::Serialize;

use crate::lang::LangData;
use crate::text::Span;

/// What a unit of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// A sentence of the article's prose: the only kind a summary picks.
    Sentence,
    /// A title or section heading: a short line with no terminal mark.
    Heading,
    /// A photo caption.
    Caption,
    /// A photo credit (`Picha: …`).
    Credit,
    /// Page furniture: navigation, share lines, cross-links.
    Boilerplate,
    /// The author's line (`Na Amina Juma, Dodoma`) or a name alone.
    Byline,
    /// Place or date at the head of an article (`Dodoma, Tanzania.`, `20 Juni 2024`).
    Dateline,
}

impl UnitKind {
    /// The kind's name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::Sentence => "sentence",
            UnitKind::Heading => "heading",
            UnitKind::Caption => "caption",
            UnitKind::Credit => "credit",
            UnitKind::Boilerplate => "boilerplate",
            UnitKind::Byline => "byline",
            UnitKind::Dateline => "dateline",
        }
    }
}

/// One unit: a sentence or a block-level line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// What it is.
    pub kind: UnitKind,
    /// Where it is.
    pub span: Span,
    /// The paragraph it belongs to (0-based; blank lines separate paragraphs).
    pub paragraph: usize,
}

/// The Swahili segmenter, built once from language data and used for many texts.
#[derive(Debug, Clone)]
pub struct Segmenter {
    lang: LangData,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new(LangData::embedded())
    }
}

impl Segmenter {
    /// A segmenter over the given language data.
    pub fn new(lang: LangData) -> Self {
        Segmenter { lang }
    }

    /// The language data in use.
    pub fn lang(&self) -> &LangData {
        &self.lang
    }

    /// Cuts `text` into units, in order.
    pub fn segment(&self, text: &str) -> Vec<Unit> {
        let mut units = Vec::new();
        let mut lead = true;
        for (paragraph, para) in blocks::paragraphs(text).into_iter().enumerate() {
            blocks::classify_paragraph(&self.lang, text, para, paragraph, &mut lead, &mut units);
        }
        units
    }

    /// Splits one stretch of prose into sentence spans (no block classification).
    pub fn sentences(&self, text: &str, span: Span) -> Vec<Span> {
        sentences::split(&self.lang, text, span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(UnitKind, String)> {
        Segmenter::default()
            .segment(text)
            .into_iter()
            .map(|u| (u.kind, u.span.of(text).to_string()))
            .collect()
    }

    fn sentences(text: &str) -> Vec<String> {
        kinds(text)
            .into_iter()
            .filter(|(k, _)| *k == UnitKind::Sentence)
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn titles_do_not_end_sentences() {
        let s = sentences("Dkt. Juma Mrisho na Bw. Ali walifika. Mhe. Rais alisema hivyo.");
        assert_eq!(
            s,
            [
                "Dkt. Juma Mrisho na Bw. Ali walifika.",
                "Mhe. Rais alisema hivyo."
            ]
        );
    }

    #[test]
    fn numbers_money_and_initials() {
        let s = sentences(
            "Serikali ilitenga Sh. 2.5 bilioni kwa mradi huo. Mwl. J. K. Nyerere alianzisha chama. Saa 3:00 asubuhi walianza.",
        );
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn glued_sentences_split() {
        let s = sentences(
            "Mvua ilinyesha kwa kasi.Wananchi walikimbia. Tovuti ni www.habari.co.tz kwa sasa.",
        );
        assert_eq!(
            s,
            [
                "Mvua ilinyesha kwa kasi.",
                "Wananchi walikimbia.",
                "Tovuti ni www.habari.co.tz kwa sasa."
            ]
        );
    }

    #[test]
    fn two_apostrophe_quote_opens_next_sentence() {
        let s =
            sentences("Waziri alizungumza kuhusu usalama.''Tutaendelea kushirikiana,'' alisema.");
        assert_eq!(
            s,
            [
                "Waziri alizungumza kuhusu usalama.",
                "''Tutaendelea kushirikiana,'' alisema."
            ]
        );
    }

    #[test]
    fn quote_with_attribution_stays_one_sentence() {
        let s = sentences("\"Tutashirikiana kwa amani.\" amesema rais Mwinyi. Kisha aliondoka.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn bullets_run_into_one_line_are_items() {
        let k =
            kinds("Ratiba ya wiki • Jumatatu: mkutano wa wazazi • Jumatano: michezo. Karibuni.");
        let got: Vec<_> = k.iter().map(|(k, s)| (k.as_str(), s.as_str())).collect();
        assert_eq!(
            got,
            [
                ("sentence", "Ratiba ya wiki"),
                ("sentence", "• Jumatatu: mkutano wa wazazi"),
                ("sentence", "• Jumatano: michezo."),
                ("sentence", "Karibuni."),
            ]
        );
        // A dash inside a line is punctuation, not a list.
        assert_eq!(sentences("Mji huo - ulio kaskazini - umekua.").len(), 1);
    }

    #[test]
    fn byline_glued_to_the_lead_is_split_off() {
        let text = "Mvua za masika\n\nNa Halima Omari\nBBC Swahili, Mombasa Wavuvi wamerudi baharini. Bei ya samaki imeshuka.";
        let k = kinds(text);
        let got: Vec<_> = k.iter().map(|(k, s)| (k.as_str(), s.as_str())).collect();
        assert_eq!(
            got,
            [
                ("heading", "Mvua za masika"),
                ("byline", "Na Halima Omari"),
                ("byline", "BBC Swahili, Mombasa"),
                ("sentence", "Wavuvi wamerudi baharini."),
                ("sentence", "Bei ya samaki imeshuka."),
            ]
        );
        let s =
            sentences("Na Halima Omari Reuters, Kigali Rais amewasili. Na hivyo ziara imeanza.");
        assert_eq!(s, ["Rais amewasili.", "Na hivyo ziara imeanza."]);
        // Outlet and place without a comma: a listed place stays on the byline.
        let k = kinds("Na Halima Omari\nBBC News Mombasa Wavuvi wamerudi baharini.");
        let got: Vec<_> = k.iter().map(|(k, s)| (k.as_str(), s.as_str())).collect();
        assert_eq!(
            got,
            [
                ("byline", "Na Halima Omari"),
                ("byline", "BBC News Mombasa"),
                ("sentence", "Wavuvi wamerudi baharini."),
            ]
        );
        // A listed city that opens the lead stays in it.
        let s = sentences("Na Halima Omari BBC Swahili Zanzibar imekumbwa na mvua.");
        assert_eq!(s, ["Zanzibar imekumbwa na mvua."]);
    }

    #[test]
    fn a_source_after_an_initial_ends_the_item() {
        let s = sentences(
            "Kiungo huyo atabaki katika ligi ya Serie A. (Corriere dello Sport) Arsenal wanamtaka beki wa Ghana. (Metro)",
        );
        assert_eq!(
            s,
            [
                "Kiungo huyo atabaki katika ligi ya Serie A. (Corriere dello Sport)",
                "Arsenal wanamtaka beki wa Ghana. (Metro)"
            ]
        );
        // In a column whose items close on their sources, an item missing its full stop
        // ends at its source too; elsewhere a bracket before a name is an acronym's.
        let s = sentences(
            "Simba wanamtaka winga wa Yanga (Mwanaspoti) Azam wamekataa ofa ya beki wao. (Nipashe)",
        );
        assert_eq!(
            s,
            [
                "Simba wanamtaka winga wa Yanga (Mwanaspoti)",
                "Azam wamekataa ofa ya beki wao. (Nipashe)"
            ]
        );
        let s = sentences("Mwenyekiti wa Tume ya Uchaguzi (NEC) Jaji Mbarouk alitangaza matokeo.");
        assert_eq!(s.len(), 1);
        // `‘’` opens a quote as one mark.
        let s = sentences("Waziri alizungumza jana. ‘’Tutajenga barabara mpya,’’ alisema.");
        assert_eq!(s.len(), 2);
        // Before a name the initial stays in its sentence.
        assert_eq!(sentences("Rais John A. Kufuor amewasili Accra.").len(), 1);
    }

    #[test]
    fn a_source_glued_to_its_item_ends_it() {
        // In braces, glued to the full stop.
        let s = sentences(
            "Yanga wamemsajili kipa wa Mali.{Mwanaspoti} Simba wanamfuatilia winga wa Kenya. (Nipashe)",
        );
        assert_eq!(
            s,
            [
                "Yanga wamemsajili kipa wa Mali.{Mwanaspoti}",
                "Simba wanamfuatilia winga wa Kenya. (Nipashe)"
            ]
        );
        // Glued to the item's last word, with no full stop, in a column.
        let s = sentences(
            "Azam wanamtaka beki wa Uganda Juma(Nipashe - kwa Kiswahili) Mazungumzo yataanza Jumatatu. (Mwananchi)",
        );
        assert_eq!(
            s,
            [
                "Azam wanamtaka beki wa Uganda Juma(Nipashe - kwa Kiswahili)",
                "Mazungumzo yataanza Jumatatu. (Mwananchi)"
            ]
        );
        // Outside a column a glued bracket before a name is not a source.
        let s = sentences("Shirika la Afya Duniani(WHO) Jumatatu lilitoa ripoti mpya.");
        assert_eq!(s.len(), 1);
        assert!(ends_as_sentence("Kipa amesaini mkataba.{Mwanaspoti}"));
    }

    #[test]
    fn a_capitalised_conjunction_mid_sentence_restores_a_lost_full_stop() {
        let s = sentences(
            "Mvua ilinyesha kwa siku tatu mfululizo, Na wakulima wa mpunga wamefurahi sana.",
        );
        assert_eq!(
            s,
            [
                "Mvua ilinyesha kwa siku tatu mfululizo,",
                "Na wakulima wa mpunga wamefurahi sana."
            ]
        );
        let s = sentences("Mkutano utafanyika Arusha mwezi ujao Lakini tarehe bado haijatajwa.");
        assert_eq!(s.len(), 2);
        // Before a capital it is a title's word or a byline, not a lost full stop.
        assert_eq!(
            sentences("Aliigiza katika filamu ya Upendo Na Vita mwaka jana.").len(),
            1
        );
        assert_eq!(
            sentences("Habari hii imeandikwa Na Juma Hamisi wa Tanga.").len(),
            1
        );
        // In lower case it is the conjunction inside its sentence.
        assert_eq!(
            sentences("Alifika jana na wenzake wawili wa Mombasa.").len(),
            1
        );
    }

    #[test]
    fn a_source_after_the_full_stop_ends_the_sentence() {
        assert!(ends_as_sentence(
            "Simba wanamtaka kiungo wa Yanga. (Mwanaspoti)"
        ));
        assert!(ends_as_sentence(
            "Simba wanamtaka kiungo wa Yanga. (Mwanaspoti)."
        ));
        assert!(ends_as_sentence(
            "Ofa ilikataliwa. (Sky Sports, via Nipashe)"
        ));
        assert!(!ends_as_sentence("Bei ya mafuta (Dizeli)"));
        assert!(!ends_as_sentence("Orodha ya wachezaji (Tazama: ukurasa 4)"));
        assert!(!ends_as_sentence("Ratiba ya mechi. (Soma zaidi. Kesho"));
    }

    #[test]
    fn block_kinds() {
        let text = "Rais azuru Msumbiji\n\nMaputo, Msumbiji. Rais amewasili leo.\n\nRais akiwa MaputoPicha: Asha Mussa/Gazeti\n\nSoma pia: Habari nyingine\n\nRelated Posts\n";
        let k = kinds(text);
        let got: Vec<_> = k.iter().map(|(k, s)| (k.as_str(), s.as_str())).collect();
        assert_eq!(
            got,
            [
                ("heading", "Rais azuru Msumbiji"),
                ("dateline", "Maputo, Msumbiji."),
                ("sentence", "Rais amewasili leo."),
                ("caption", "Rais akiwa Maputo"),
                ("credit", "Picha: Asha Mussa/Gazeti"),
                ("boilerplate", "Soma pia: Habari nyingine"),
                ("boilerplate", "Related Posts"),
            ]
        );
    }
}
