// Floor: one entity by id with the fields the benchmark asks for.
// Params: $id. Columns: node.
MATCH (n:Entity {id: $id})
RETURN n {.id, .name, .nameEn, .kind, .sphere, placeholder: coalesce(n.placeholder, false)} AS node
