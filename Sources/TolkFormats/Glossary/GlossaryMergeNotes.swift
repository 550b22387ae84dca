import TolkGlossary

/// The lines on standard error that say what `glossary --merge` did to an existing glossary: how many of its
/// entries were kept as they were and how many were added, then each added pair.
///
/// ```swift
/// GlossaryMergeNotes.lines(run, mergedInto: "terms.tsv")
/// // ["glossary --merge: kept the 40 entries of terms.tsv as they were; added 2",
/// //  "glossary --merge: added ambassade / embassy", ...]
/// ```
public enum GlossaryMergeNotes {
    /// The notes of `run` merged into the glossary at `path`; none when the run merged into nothing.
    public static func lines(_ run: GlossaryRun, mergedInto path: String) -> [String] {
        guard let merged = run.merged else { return [] }
        return ["glossary --merge: kept the \(merged.kept) entries of \(path) as they were; added \(merged.added.count)"]
            + merged.added.map { "glossary --merge: added \($0.source) / \($0.target)" }
    }
}
