//! Real translations of the key sentences, each labelled with its origin: a translation
//! memory ([`tm`]), an external command or a LibreTranslate-compatible endpoint
//! ([`translator`]). Not the gloss (that is `english`): nothing here invents a translation.

mod tm;
mod translator;

pub use tm::{TmMatch, TmUnit, TranslationMemory, parse_tmx};
pub use translator::{TranslateError, Translator};

use crate::briefing::Briefing;

/// Fills the translation of every key sentence that has none from the translators, in
/// order: the first that has one wins.
pub fn translate_briefing(
    briefing: &mut Briefing,
    translators: &[Translator],
) -> Result<(), TranslateError> {
    for t in translators {
        let mut slots: Vec<&mut crate::briefing::KeySentence> = briefing
            .stories
            .iter_mut()
            .flat_map(|s| s.sentences.iter_mut())
            .filter(|k| k.translation.is_none())
            .collect();
        if slots.is_empty() {
            return Ok(());
        }
        let texts: Vec<String> = slots.iter().map(|k| k.text.clone()).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        for (k, tr) in slots.iter_mut().zip(t.translate(&refs)?) {
            k.translation = tr;
        }
    }
    Ok(())
}
