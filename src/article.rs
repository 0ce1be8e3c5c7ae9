//! An [`Article`]: a document after segmentation and term matching, what every later stage
//! (summary, grouping, gloss) reads. It holds no pipeline state and knows no output format.

use crate::glossary::TermHit;
use crate::ingest::Document;
use crate::segment::{Unit, UnitKind};
use crate::text::Span;

/// An article after segmentation and term matching.
#[derive(Debug, Clone)]
pub struct Article {
    /// The document as read.
    pub doc: Document,
    /// Its units, in order.
    pub units: Vec<Unit>,
    /// The glossary terms found in its text.
    pub hits: Vec<TermHit>,
    /// Its title: from the metadata, or its first heading.
    pub title: Option<String>,
}

impl Article {
    /// The sentence units (the only ones a summary picks), in order.
    pub fn sentences(&self) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(|u| u.kind == UnitKind::Sentence)
    }

    /// The hits inside `span`.
    pub fn hits_in(&self, span: Span) -> &[TermHit] {
        let a = self.hits.partition_point(|h| h.span.start < span.start);
        let b = self.hits.partition_point(|h| h.span.start < span.end);
        &self.hits[a..b]
    }
}
