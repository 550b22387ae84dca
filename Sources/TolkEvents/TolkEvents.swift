// TolkEvents: entities and cross-language links, paired event summaries, phrasing comparison, glossary.
