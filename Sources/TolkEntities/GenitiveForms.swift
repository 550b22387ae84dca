import TolkText

/// Danish (and Norwegian, Swedish) genitives: "Ecuadors", "Clintons", "USA's", "Lars'" name "Ecuador", "Clinton",
/// "USA", "Lars".
enum GenitiveForms {
    /// `runs` with ``NameRun/baseForm`` set to the uninflected name where the document or the gazetteer knows it.
    /// - Complexity: O(n) in the number of runs.
    static func resolve(_ runs: [NameRun], language: LanguageCode, gazetteer: Gazetteer) -> [NameRun] {
        guard Genitive.isInflecting(language) else { return runs }
        var known: Set<String> = []
        for run in runs {
            known.insert(NameFolding.key(run.text))
            if let last = run.text.split(separator: " ").last { known.insert(NameFolding.key(String(last))) }
        }
        return runs.map { run in
            var run = run
            guard run.baseForm == run.text else { return run }
            for ending in Genitive.nameEndings + Genitive.apostropheEndings where run.text.hasSuffix(ending) && run.text.count > ending.count + 1 {
                let base = String(run.text.dropLast(ending.count))
                if ending != "s" || gazetteer.place(named: base, in: language) != nil
                    || known.contains(NameFolding.key(base))
                {
                    run.baseForm = base
                }
                break
            }
            return run
        }
    }
}
