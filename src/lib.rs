//! muhtasari turns Swahili news into bilingual Swahili–English briefings.
#![deny(missing_docs)]

pub mod error;
pub mod ingest;
pub mod lang;
pub mod segment;
pub mod text;
