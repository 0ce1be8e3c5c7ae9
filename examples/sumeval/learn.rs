//! `--learn FILE`: one row per sentence of every article, with the raw signals of the
//! score (each weight 1), the stand-alone reader's flags and the sentence's ROUGE-1 against
//! the headline, and which sentences the default config picks alone and anchors on among
//! three picks, for `eval/summarize_one_pick.py`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use muhtasari::__internal::rouge::rouge_n;
use muhtasari::__internal::summarize;
use muhtasari::{Length, SummaryConfig};

use crate::{Case, picks};

/// The config whose score parts are the raw signals: every weight 1, every penalty,
/// rule and anchor off, so that every sentence is scored and returned.
fn unit() -> SummaryConfig {
    SummaryConfig {
        position: 1.0,
        centrality: 1.0,
        salience: 1.0,
        title: 1.0,
        terms: 1.0,
        names: 1.0,
        numbers: 1.0,
        length: 1.0,
        short: 0.0,
        unfinished: 0.0,
        redundancy: 0.0,
        lede: 1.0,
        question: 0.0,
        dangling: 0.0,
        unattributed: 0.0,
        repeat: 0.0,
        fragment: 0.0,
        novelty: 0.0,
        fill_flawed: true,
        anchor_lede: false,
        ..SummaryConfig::default()
    }
}

/// Writes the table (tab-separated, with a header).
pub fn write(out: &Path, cases: &[Case]) -> Result<()> {
    let config = unit();
    let file = std::fs::File::create(out).with_context(|| out.display().to_string())?;
    let mut w = std::io::BufWriter::new(file);
    writeln!(
        w,
        "article\tindex\tsentences\twords\tposition\tcentrality\tsalience\tterms\tnames\tnumbers\tlong\tlede\tquestion\topener\trefers\tunattributed\tevent\tacts\tlabel\tunfinished\tr1f\tr1recall\tpick1\tanchor3\tglued"
    )?;
    let default = SummaryConfig::default();
    for (a, c) in cases.iter().enumerate() {
        let n = c.info.sentences.len();
        let one = picks(c, 1, &default);
        let anchored = summarize(
            std::slice::from_ref(&c.info),
            Length::Sentences(3),
            &default,
        )
        .into_iter()
        .find(|p| p.parts.anchor)
        .map(|p| p.index);
        let mut picks = summarize(std::slice::from_ref(&c.info), Length::Ratio(1.0), &config);
        picks.sort_by_key(|p| p.index);
        for p in picks {
            let s = &c.info.sentences[p.index];
            let st = &s.standing;
            let x = p.parts;
            let r = rouge_n(&c.tokens[p.index], &c.reference, 1);
            // The opener's kind by name (`Connective`, `Pronoun`, `Subjectless`), `-` for none.
            let opener = st.opener.map_or("-".to_string(), |o| format!("{o:?}"));
            writeln!(
                w,
                "{a}\t{}\t{n}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{opener}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                p.index,
                s.words,
                x.position,
                x.centrality,
                x.salience,
                x.terms,
                x.names,
                x.numbers,
                -x.length,
                x.lede,
                st.question as u8,
                st.refers_to.len(),
                st.unattributed as u8,
                st.event as u8,
                st.acts as u8,
                st.label as u8,
                s.unfinished as u8,
                r.f,
                r.recall,
                one.contains(&p.index) as u8,
                (anchored == Some(p.index)) as u8,
                st.glued as u8,
            )?;
        }
    }
    w.flush()?;
    println!("sentence table written to {}", out.display());
    Ok(())
}
