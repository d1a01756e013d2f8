/*!
What each category of `terms` lexicons means, read from the lexicon headers: its role in the
analyses, the title and summary the SARIF rules show, and its colour in the HTML report.

Several files may share one category (the `loaded-*` files all are `loaded`). Each of them
may declare the category-level keys; where several do, `slant lexicon check` requires them
to agree ([`Categories::disagreements`]), and the first file in load order (the default pack
before `--lexicons` folders, each in path order) is the one read. A file that declares none
of them takes its category's from the others, so a user file of `category = "loaded"` joins
the built-in category as it is.
*/

use serde::Serialize;

use super::{LexiconKind, LexiconSet};
use crate::vocab::Role;

/// The number of colours of the HTML report's palette (classes `c0`…`c13`).
pub const COLOURS: usize = 14;

/// The category-level keys of one `terms` lexicon header, as the file declares them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CategoryFields {
    pub role: Option<Role>,
    /// A short name for the category (the SARIF rule's short description).
    pub title: Option<String>,
    /// What the category's terms do (the SARIF rule's full description).
    pub summary: Option<String>,
    /// The palette colour of the HTML report, `0`…`13`.
    pub colour: Option<usize>,
}

/// One category of the loaded lexicons, its keys gathered from the files that declare them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Category {
    pub name: String,
    pub role: Option<Role>,
    pub title: Option<String>,
    pub summary: Option<String>,
    /// The palette colour: the declared one, else the next in palette order (see
    /// [`Categories::of`]).
    pub colour: usize,
}

/// The categories of a lexicon set, in the order their first file was loaded.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Categories {
    list: Vec<Category>,
}

impl Categories {
    /// Gathers the categories of the `terms` lexicons of `set`. A category that declares no
    /// colour gets one in palette order: first the colours no category declares, then round
    /// the whole palette again.
    pub fn of(set: &LexiconSet) -> Categories {
        let mut declared: Vec<(String, CategoryFields)> = Vec::new();
        for l in set.lexicons.iter().filter(|l| l.kind == LexiconKind::Terms) {
            let at = match declared.iter().position(|(name, _)| *name == l.category) {
                Some(at) => at,
                None => {
                    declared.push((l.category.clone(), CategoryFields::default()));
                    declared.len() - 1
                }
            };
            let fields = &mut declared[at].1;
            let own = &l.category_fields;
            fields.role = fields.role.or(own.role);
            fields.title = fields.title.take().or_else(|| own.title.clone());
            fields.summary = fields.summary.take().or_else(|| own.summary.clone());
            fields.colour = fields.colour.or(own.colour);
        }
        let taken: Vec<usize> = declared.iter().filter_map(|(_, f)| f.colour).collect();
        let mut free = (0..COLOURS)
            .filter(|c| !taken.contains(c))
            .chain((0..COLOURS).cycle());
        let list = declared
            .into_iter()
            .map(|(name, f)| Category {
                colour: f.colour.unwrap_or_else(|| free.next().unwrap_or(0)),
                name,
                role: f.role,
                title: f.title,
                summary: f.summary,
            })
            .collect();
        Categories { list }
    }

    pub fn get(&self, name: &str) -> Option<&Category> {
        self.list.iter().find(|c| c.name == name)
    }

    /// The role of a category; `None` for a category that declares none (its terms are
    /// reported and counted, and play no part in any analysis).
    pub fn role(&self, name: &str) -> Option<Role> {
        self.get(name).and_then(|c| c.role)
    }

    /// Every category, in load order.
    pub fn iter(&self) -> impl Iterator<Item = &Category> {
        self.list.iter()
    }

    /// Files whose category-level keys differ from an earlier file's of the same category,
    /// with what differs: `(path, message)`.
    pub fn disagreements(set: &LexiconSet) -> Vec<(String, String)> {
        type Key = (&'static str, fn(&CategoryFields) -> Option<String>);
        const KEYS: [Key; 4] = [
            ("role", |f| f.role.map(role_name)),
            ("title", |f| f.title.clone()),
            ("summary", |f| f.summary.clone()),
            ("colour", |f| f.colour.map(|c| c.to_string())),
        ];
        let mut out = Vec::new();
        for (key, get) in KEYS {
            // The first declaration of the key per category, and its file.
            let mut first: Vec<(&str, String, &str)> = Vec::new();
            for l in set.lexicons.iter().filter(|l| l.kind == LexiconKind::Terms) {
                let Some(value) = get(&l.category_fields) else {
                    continue;
                };
                match first.iter().find(|(c, _, _)| *c == l.category) {
                    None => first.push((&l.category, value, &l.path)),
                    Some((_, earlier, path)) if *earlier != value => out.push((
                        l.path.clone(),
                        format!(
                            "category `{}`: {key} {value:?} disagrees with {earlier:?} in {path} (the files of a category declare the same {key}, or none)",
                            l.category
                        ),
                    )),
                    Some(_) => {}
                }
            }
        }
        out
    }
}

/// A role as the lexicon header spells it (`reporting-verb`).
pub fn role_name(role: Role) -> String {
    serde_json::to_value(role)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconLimits;

    fn set(files: &[&str]) -> LexiconSet {
        let lexicons = files
            .iter()
            .enumerate()
            .map(|(i, text)| {
                LexiconSet::parse_one(&format!("f{i}.toml"), text, &LexiconLimits::default())
                    .unwrap()
            })
            .collect();
        LexiconSet { lexicons }
    }

    #[test]
    fn keys_are_gathered_over_a_categorys_files_and_colours_follow_the_palette() {
        let s = set(&[
            "[lexicon]\nname = \"a\"\ncategory = \"x\"\nrole = \"hedge\"\ncolour = 0\n",
            "[lexicon]\nname = \"b\"\ncategory = \"x\"\ntitle = \"X\"\n",
            "[lexicon]\nname = \"c\"\ncategory = \"y\"\n",
            "[lexicon]\nname = \"d\"\ncategory = \"z\"\n",
        ]);
        let c = Categories::of(&s);
        let x = c.get("x").unwrap();
        assert_eq!(
            (x.role, x.title.as_deref(), x.colour),
            (Some(Role::Hedge), Some("X"), 0)
        );
        assert_eq!((c.role("y"), c.get("y").unwrap().colour), (None, 1));
        assert_eq!(c.get("z").unwrap().colour, 2);
        assert!(Categories::disagreements(&s).is_empty());
    }

    #[test]
    fn files_of_one_category_that_disagree_are_reported() {
        let s = set(&[
            "[lexicon]\nname = \"a\"\ncategory = \"x\"\nrole = \"hedge\"\ntitle = \"X\"\n",
            "[lexicon]\nname = \"b\"\ncategory = \"x\"\nrole = \"reporting-verb\"\ntitle = \"X\"\n",
        ]);
        let found = Categories::disagreements(&s);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "f1.toml");
        assert!(
            found[0]
                .1
                .contains("role \"reporting-verb\" disagrees with \"hedge\" in f0.toml"),
            "{found:?}"
        );
        // The first file is the one read.
        assert_eq!(Categories::of(&s).role("x"), Some(Role::Hedge));
    }

    #[test]
    fn the_default_pack_agrees_with_itself() {
        let pack = LexiconSet::embedded().unwrap();
        assert_eq!(Categories::disagreements(&pack), Vec::new());
        let c = Categories::of(&pack);
        assert!(c.iter().all(|c| c.role.is_some()), "{c:?}");
    }
}
