//! muhtasari turns Swahili news into bilingual Swahili–English briefings.
#![deny(missing_docs)]

pub mod briefing;
pub mod english;
pub mod error;
pub mod glossary;
pub mod ingest;
pub mod lang;
pub mod morph;
pub mod pipeline;
pub mod qa;
pub mod render;
pub mod segment;
pub mod stories;
pub mod summarize;
pub mod text;
pub mod translate;
