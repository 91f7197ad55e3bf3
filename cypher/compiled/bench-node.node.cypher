// Compiled from bench-node (test/unit/compiledCypher.test.ts), on every evidence level.
MATCH (n0:Entity {id: $id})
RETURN n0 {.id, .label, .name, .nameEn, .kind, .sphere, placeholder: coalesce(n0.placeholder, false) = true} AS item
