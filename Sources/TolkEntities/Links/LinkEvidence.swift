/// Names the ways the mentions of one link match across languages, for readers of the output.
enum LinkEvidence {
    /// The evidence labels of a link, in a fixed order.
    static func describe(key: String, source: [EntityMention], target: [EntityMention]) -> [String] {
        var found: Set<String> = []
        let sourceNames = source.filter { $0.form == .name }
        let targetNames = target.filter { $0.form == .name }
        if !source.filter({ $0.form == .demonym }).isEmpty || !target.filter({ $0.form == .demonym }).isEmpty {
            found.insert("demonym")
        }
        for mention in sourceNames + targetNames where mention.text != mention.baseForm {
            // "Wikileaks-stifteren": a name joined to a noun; "Ecuadors": a genitive.
            found.insert(mention.text.hasPrefix(mention.baseForm + "-") ? "compound" : "genitive")
        }
        let sourceBases = Set(sourceNames.map(\.baseForm)), targetBases = Set(targetNames.map(\.baseForm))
        if !sourceBases.isDisjoint(with: targetBases) { found.insert("same spelling") }
        let lowerSource = Set(sourceBases.map { $0.lowercased() }), lowerTarget = Set(targetBases.map { $0.lowercased() })
        let spellings = Dictionary(grouping: sourceBases.union(targetBases), by: { $0.lowercased() })
        let caseVariants = lowerSource.intersection(lowerTarget).contains { (spellings[$0]?.count ?? 0) > 1 }
        if caseVariants { found.insert("case variant") }
        // A person's key leaves out middle initials: "Thomas F. Borgen" and "Thomas Borgen" fold alike.
        let kind = (sourceNames + targetNames).first?.kind ?? .place
        let fold = { (name: String) in EntityRecognizer.nameKey(name, kind: kind) }
        let foldedSource = Set(sourceBases.map(fold)), foldedTarget = Set(targetBases.map(fold))
        if !sourceBases.isEmpty, !targetBases.isEmpty, lowerSource.isDisjoint(with: lowerTarget) {
            found.insert(foldedSource.isDisjoint(with: foldedTarget) ? "exonym" : "folded spelling")
        }
        if key.hasPrefix("name:") {
            let full = String(key.dropFirst(5))
            if (sourceNames + targetNames).contains(where: { fold($0.baseForm) != full }) {
                found.insert("partial name")
            }
        }
        let order = ["same spelling", "case variant", "folded spelling", "genitive", "compound", "demonym", "exonym",
                     "partial name"]
        return order.filter(found.contains)
    }
}
