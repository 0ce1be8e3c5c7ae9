//! The examples under each command's `--help`: real invocations, kept beside the README's.

pub const TOP_EXAMPLES: &str = "\
Examples:
  muhtasari brief today/ -o briefing.html        a day's press, grouped into stories
  muhtasari brief habari.txt -o briefing.md      the format follows the extension
  muhtasari summarize -n 2 habari.txt            the two key sentences
  cat habari.txt | muhtasari segment -           sentences, one a line
  muhtasari glossary lookup hawajasaini          how one word is analysed
  muhtasari demo                                 the built-in sample, in Markdown";

pub const SEGMENT_EXAMPLES: &str = "\
Examples:
  muhtasari segment habari.txt
  cat habari.txt | muhtasari segment --format jsonl -
  muhtasari segment --lang-data mahali.yaml habari.txt";

pub const SUMMARIZE_EXAMPLES: &str = "\
Examples:
  muhtasari summarize habari.txt
  muhtasari summarize -n 2 --format json gazeti-a.txt gazeti-b.txt
  muhtasari summarize --ratio 0.2 today/";

pub const GLOSSARY_EXAMPLES: &str = "\
Examples:
  muhtasari glossary find --format json habari.txt
  muhtasari glossary lint glossary/
  muhtasari glossary lookup walisaini
  muhtasari glossary export --format tbx -o istilahi.tbx
  muhtasari glossary import --format tsv istilahi.tsv -o glossary/mpya.yaml";

pub const BRIEF_EXAMPLES: &str = "\
Examples:
  muhtasari brief habari.txt --format md
  muhtasari brief today/ -o briefing.html
  muhtasari brief gazeti-a.txt gazeti-b.txt --one-story -o briefing.json
  scraper | muhtasari brief - --format jsonl";

pub const GLOSS_EXAMPLES: &str = "\
Examples:
  muhtasari gloss habari.txt
  muhtasari gloss --tm kumbukumbu.tmx --format json habari.txt";

pub const DEMO_EXAMPLES: &str = "\
Examples:
  muhtasari demo
  muhtasari demo -o target/briefing.html";

pub const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  muhtasari completions bash > ~/.local/share/bash-completion/completions/muhtasari
  muhtasari completions zsh > ~/.zfunc/_muhtasari
  muhtasari completions fish > ~/.config/fish/completions/muhtasari.fish";

pub const MAN_EXAMPLES: &str = "\
Examples:
  muhtasari man > muhtasari.1 && man ./muhtasari.1";

pub const EXPORT_EXAMPLES: &str = "\
Examples:
  muhtasari templates export templates-zangu/ && muhtasari brief --templates templates-zangu/ habari.txt
  muhtasari lang-data export lugha/ && muhtasari segment --lang-data lugha/segment.yaml habari.txt";
