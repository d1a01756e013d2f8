/*!
Configuration: `slant.toml` (or `.slant.toml`) discovered upward from the working folder, or
`--config FILE`. Every field has a default, so an empty file is a valid configuration; unknown
keys are errors with file, line and column. Weights of the score live here, not in code.
*/

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::article::InputLimits;
use crate::error::{line_column_of, ConfigError};
use crate::lexicon::LexiconLimits;

/// How much attributed and quoted words count towards loadedness (outlet voice counts 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct VoiceWeights {
    pub attributed: f64,
    pub quoted: f64,
}

impl Default for VoiceWeights {
    fn default() -> Self {
        VoiceWeights {
            attributed: 0.5,
            quoted: 0.0,
        }
    }
}

/// Weights of the score's components (see `docs/scoring.md`). They need not sum to 1: the
/// score divides by their sum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct ScoreWeights {
    pub headline_loadedness: f64,
    pub escalation: f64,
    pub unsupported_claims: f64,
    pub omission: f64,
    pub body_loadedness: f64,
    pub sourcing: f64,
}

impl Default for ScoreWeights {
    fn default() -> Self {
        ScoreWeights {
            headline_loadedness: 0.30,
            escalation: 0.20,
            unsupported_claims: 0.05,
            omission: 0.05,
            body_loadedness: 0.45,
            sourcing: 0.05,
        }
    }
}

/// CI gates (`slant check`); command-line flags override them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Thresholds {
    pub fail_above: Option<f64>,
    pub fail_on: Vec<String>,
    pub max_unsupported: Option<usize>,
}

/// The effective configuration of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Extra lexicon folders, relative to the configuration file.
    pub lexicons: Vec<PathBuf>,
    /// Leave out the embedded default lexicons.
    pub no_default_lexicons: bool,
    /// Term categories to switch off.
    pub disabled_categories: Vec<String>,
    /// Terms never flagged (matched against the lexicon term and the text, case-insensitively).
    pub allow: Vec<String>,
    pub voice_weights: VoiceWeights,
    pub score_weights: ScoreWeights,
    pub thresholds: Thresholds,
    /// Default output format name (`table`, `json`, …).
    pub format: Option<String>,
    pub input_limits: InputLimits,
    pub lexicon_limits: LexiconLimits,
}

/// File names searched for, in each folder from the working folder upward.
pub const CONFIG_NAMES: [&str; 2] = ["slant.toml", ".slant.toml"];

impl Config {
    /// Parses a configuration; `path` names it in errors and anchors relative lexicon folders.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, column) = line_column_of(text, e.span().map_or(0, |s| s.start));
            ConfigError::Toml {
                path: name.clone(),
                line,
                column,
                message: crate::lexicon::plain_types(e.message().trim()),
            }
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        for dir in &mut config.lexicons {
            if dir.is_relative() {
                *dir = base.join(&*dir);
            }
        }
        config.validate(&name)?;
        Ok(config)
    }

    /// Reads a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Config::parse(path, &text)
    }

    /// The first `slant.toml` or `.slant.toml` in `start` or a folder above it.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start.ancestors().find_map(|dir| {
            CONFIG_NAMES
                .iter()
                .map(|name| dir.join(name))
                .find(|p| p.is_file())
        })
    }

    fn validate(&self, name: &str) -> Result<(), ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: name.to_string(),
            message,
        };
        let w = &self.score_weights;
        let weights = [
            w.headline_loadedness,
            w.escalation,
            w.unsupported_claims,
            w.omission,
            w.body_loadedness,
            w.sourcing,
        ];
        if weights.iter().any(|x| !x.is_finite() || *x < 0.0) || weights.iter().sum::<f64>() <= 0.0
        {
            return Err(invalid(
                "score-weights must be non-negative numbers with a positive sum".to_string(),
            ));
        }
        for v in [self.voice_weights.attributed, self.voice_weights.quoted] {
            if !(0.0..=1.0).contains(&v) {
                return Err(invalid(format!("voice-weights must lie in 0..1, not {v}")));
            }
        }
        if let Some(f) = self.thresholds.fail_above {
            if !(0.0..=100.0).contains(&f) {
                return Err(invalid(format!(
                    "thresholds.fail-above must lie in 0..100, not {f}"
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_is_the_default() {
        assert_eq!(
            Config::parse(Path::new("slant.toml"), "").unwrap(),
            Config::default()
        );
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let err = Config::parse(
            Path::new("slant.toml"),
            "allow = [\"plea\"]\n\n[score-weights]\nomision = 1\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("slant.toml:4:1: unknown field `omision`"),
            "{err}"
        );
    }

    #[test]
    fn relative_lexicon_folders_follow_the_file() {
        let c = Config::parse(Path::new("/a/b/slant.toml"), "lexicons = [\"lex\"]").unwrap();
        assert_eq!(c.lexicons, [PathBuf::from("/a/b/lex")]);
    }

    #[test]
    fn rejects_negative_weights() {
        let err =
            Config::parse(Path::new("s.toml"), "[score-weights]\nomission = -1\n").unwrap_err();
        assert!(err.to_string().contains("non-negative"));
    }
}
