// The relationships of many nodes at once, filtered and paginated per node: the batch behind the
// relationship fields and `links(...)` connections of nodes the read compiler did not read (nodes
// an analytics field returns, fields under @skip/@include), one round trip per nesting level.
// Params: $keys: list of {key, id, types (list|null), direction ('OUT'|'IN'|'BOTH'), labels (list|null),
//   evidence (list of evidence levels the relationship and the far node must rest on, or null: any;
//   a record without `evidence` is STATED), after (the keyset position of a cursor: [type,
//   case-folded name, id, relationship element id], or null), limit}.
// Columns: key, total (links matching before pagination), items (list of {type, outgoing,
//   link: relationship properties, node: properties of the node at the other end, _c: its keyset position}).
// The order is the compiled statements' (src/db/compiled/compileCypher.ts): type, case-folded
// name, id, relationship id; so cursors of both paths mean the same.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.direction = 'BOTH' OR (k.direction = 'OUT') = (startNode(r) = n))
    AND (k.labels IS NULL OR m.label IN k.labels)
    AND (k.evidence IS NULL OR (coalesce(r.evidence, 'STATED') IN k.evidence AND coalesce(m.evidence, 'STATED') IN k.evidence))
  WITH r, m, [type(r), coalesce(toLower(m.name), ''), m.id, elementId(r)] AS position
  ORDER BY position
  // Sort and count references only; read the properties of the requested page alone (a dense node
  // such as a sector has thousands of links, of which a page shows 20).
  WITH collect({r: r, m: m, position: position}) AS found
  RETURN size(found) AS total,
         [x IN [y IN found WHERE k.after IS NULL OR y.position > k.after][0..toInteger(k.limit)] |
           {type: type(x.r), outgoing: startNode(x.r) = n, _c: x.position,
            // head([v IN [x.r] | v {…}]) binds x.r to a variable, which a map projection needs.
            link: head([r IN [x.r] | r {.*, contentHash: null}]),
            node: head([m IN [x.m] | m {.*, contentHash: null, searchName: null, searchText: null, sortName: null}])}] AS items
}
RETURN k.key AS key, total, items
