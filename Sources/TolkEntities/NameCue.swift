/// What a word next to or inside a capitalised run says about the name (from `lexicons/entities/name-cues.tsv`).
public enum NameCue: String, Sendable, Hashable, CaseIterable {
    /// A title or role before a person's name ("Mr.", "Secretary", "præsident", "stifteren"); not part of it.
    case title
    /// A word that makes a name an organisation ("Department", "News", "Partiet").
    case organisation
    /// A word that makes a name a place ("Street", "River", "Lufthavn").
    case place
    /// A lower-case word allowed inside a name between capitalised words ("of", "van", "de").
    case connector
    /// A preposition after which a lone unknown name is more likely a place ("in", "fra").
    case placePreposition = "place-preposition"
}
