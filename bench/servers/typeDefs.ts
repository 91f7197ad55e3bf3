/**
 * The helixgraph model as @neo4j/graphql 7 type definitions, over the same Neo4j data: the labels,
 * properties and relationship types helixgraph stores (src/domain/model.ts), written the way that
 * library wants them. Only what the benchmark queries need; sources are a @cypher field because
 * helixgraph keeps provenance as a `sourceIds` list property, not as relationships.
 */
export const TYPE_DEFS = /* GraphQL */ `
  interface Actor {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type Source @node {
    id: ID!
    title: String!
  }

  type Enterprise implements Actor
    @node(labels: ["Enterprise", "Entity", "Actor"])
    @fulltext(indexes: [{ indexName: "entity_search", fields: ["searchName", "searchText"], queryName: "searchEnterprises" }]) {
    id: ID!
    searchName: String
    searchText: String
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
    village: [CraftVillage!]! @relationship(type: "LOCATED_IN", direction: OUT)
    sectors: [Sector!]! @relationship(type: "ACTIVE_IN", direction: OUT)
    investments: [Investment!]! @relationship(type: "RECEIVED", direction: OUT)
    sources: [Source!]!
      @cypher(statement: "MATCH (s:Source) WHERE s.id IN this.sourceIds RETURN s", columnName: "s")
  }

  type CraftVillage @node(labels: ["CraftVillage", "Entity"]) {
    id: ID!
    name: String!
  }

  type Sector @node(labels: ["Sector", "Entity"]) {
    id: ID!
    name: String!
    actors: [Actor!]! @relationship(type: "ACTIVE_IN", direction: IN)
  }

  type Investment @node(labels: ["Investment", "Entity"]) {
    id: ID!
    name: String!
    amount: Float
    currency: String
    status: String
    enterprise: [Enterprise!]! @relationship(type: "RECEIVED", direction: IN)
    investor: [Investor!]! @relationship(type: "INVESTED", direction: IN)
  }

  type Investor implements Actor @node(labels: ["Investor", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type SupportOrganization implements Actor @node(labels: ["SupportOrganization", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type Intermediary implements Actor @node(labels: ["Intermediary", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type GovernmentAgency implements Actor @node(labels: ["GovernmentAgency", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type ResearchInstitute implements Actor @node(labels: ["ResearchInstitute", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type InternationalOrganization implements Actor @node(labels: ["InternationalOrganization", "Entity", "Actor"]) {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    sphere: String
    placeholder: Boolean
  }

  type Event @node(labels: ["Event", "Entity"]) {
    id: ID!
    name: String!
    kind: String
    date: String
    participantVisits: Int
  }

  type Market @node(labels: ["Market", "Entity"]) {
    id: ID!
    name: String!
  }

  type Program @node(labels: ["Program", "Entity"]) {
    id: ID!
    name: String!
  }

  type Project @node(labels: ["Project", "Entity"]) {
    id: ID!
    name: String!
    programs: [Program!]! @relationship(type: "FUNDS", direction: IN)
    events: [Event!]! @relationship(type: "ORGANIZED", direction: OUT)
    connected: [Enterprise!]! @relationship(type: "CONNECTED", direction: OUT)
    investments: [Investment!]! @relationship(type: "RESULT_OF", direction: IN)
    markets: [Market!]! @relationship(type: "TARGETS_MARKET", direction: OUT)
  }
`;
