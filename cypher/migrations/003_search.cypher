// Full-text search over names and descriptions. The importer stores `searchName` (name, English
// name, short name) and `searchText` (description, craft) already folded by src/domain/search.ts:
// Vietnamese diacritics removed (Bát Tràng -> bat trang, đ -> d) and lower-cased, and queries are
// folded the same way. The analyzer keeps every word (no English stop-word list, which would drop
// Vietnamese syllables such as "an" or "the" once folded). Relevance is Lucene's score.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Actor|CraftVillage|Province|Sector|Program|Project|Event|Output|Investment|Market)
ON EACH [n.searchName, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
