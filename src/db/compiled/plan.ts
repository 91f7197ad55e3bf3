import type { RelationField } from '../../domain/readModel';

/**
 * What one compiled statement reads, as data: which properties of a node, which of its
 * relationship fields with what paging, which sources, links and counts. The GraphQL layer builds
 * it from a selection (src/graphql/compile/); this layer turns it into Cypher (compileCypher.ts)
 * and knows nothing of GraphQL. Every value a request gives (ids, page sizes, cursors, filters) is
 * a `$` parameter named here, never text, so a plan's statement depends only on its shape.
 */

/** Derived entity fields a projection can compute (see src/domain/evidence.ts). */
export type DerivedField = 'evidence' | 'placeholder' | 'estimate' | 'propertyEvidence' | 'degree';

/** How a relationship list filters on evidence: not at all (the server answers on every level) or on a parameter. */
export type EvidenceFilter = { param: string } | null;

/** Paging of a list: its parameters, and what of it is selected. */
export interface PagePlan {
  /** Parameter prefix: `${param}_limit` (page size + 1), `${param}_after` (a keyset position or null). */
  param: string;
  /** Whether `totalCount` is selected (a COUNT { } is read only then). */
  total: boolean;
  /** Whether cursors are selected (each item then carries its keyset position, `_c`). */
  cursors: boolean;
}

export interface NodePlan {
  /** Stored properties to read as they are (`id` and `label` are always read). */
  props: string[];
  derived: DerivedField[];
  /** Read every stored property: a resolver the compiler does not know needs the whole record. */
  all: boolean;
  relations: RelationPlan[];
  links: LinksPlan[];
  sources: SourcesPlan[];
}

/** Where a field's value sits in its parent's map, and on which labels of the parent it applies. */
export interface Placed {
  /** The key in the parent's map (`<response key>@<declaring type>`). */
  key: string;
  /** Labels the parent must have (a field of one type reached through an interface), or null: any. */
  onLabels: readonly string[] | null;
}

/** A declared relationship field (src/domain/readModel.ts). */
export interface RelationPlan extends Placed {
  field: RelationField;
  evidence: EvidenceFilter;
  /** Paging for a list field; null for a to-one field. */
  page: PagePlan | null;
  node: NodePlan;
}

/** `Entity.links`: relationships of any type, with their properties and the node at the other end. */
export interface LinksPlan extends Placed {
  /** Parameters: `${page.param}_types` (list or null), `${page.param}_direction` ('OUT'|'IN'|'BOTH'). */
  page: PagePlan;
  evidence: EvidenceFilter;
  /** Relationship properties to read. */
  props: string[];
  /** Derived relationship fields (evidence, placeholder, estimate). */
  derived: DerivedField[];
  /** The sources of the relationship, when selected. */
  sources: SourcesPlan[];
  /** The node at the other end, when selected. */
  node: NodePlan | null;
}

/** The `sources` of a record (its `sourceIds`, in order), with the source properties to read. */
export interface SourcesPlan extends Placed {
  props: string[];
}

/** A compiled root field. */
export type RootPlan =
  | { kind: 'node'; node: NodePlan }
  | { kind: 'nodes'; node: NodePlan }
  | { kind: 'list'; labels: readonly string[]; filtered: boolean; page: PagePlan; node: NodePlan }
  | { kind: 'search'; page: PagePlan; node: NodePlan };

/** An empty node plan. */
export function emptyNodePlan(): NodePlan {
  return { props: [], derived: [], all: false, relations: [], links: [], sources: [] };
}
