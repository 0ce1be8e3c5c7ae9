//! muhtasari turns Swahili news into bilingual Swahili–English briefings.
#![deny(missing_docs)]

pub mod briefing;
pub mod english;
pub mod error;
pub mod glossary;
pub mod infile;
pub mod ingest;
pub mod lang;
pub mod links;
pub mod morph;
pub mod outfile;
pub mod pipeline;
pub mod process;
pub mod render;
pub mod secrets;
pub mod segment;
pub mod stories;
pub mod summarize;
pub mod text;
