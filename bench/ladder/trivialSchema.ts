import { GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { Driver } from 'neo4j-driver';

import { floorRows } from '../servers/floor';

const id = { type: new GraphQLNonNull(GraphQLID) };
const list = (type: GraphQLObjectType) => ({ type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type))) });

const Actor = new GraphQLObjectType({
  name: 'Actor',
  fields: { id, name: { type: GraphQLString }, nameEn: { type: GraphQLString }, kind: { type: GraphQLString }, sphere: { type: GraphQLString }, placeholder: { type: GraphQLBoolean } },
});
const Ref = new GraphQLObjectType({ name: 'Ref', fields: { id, name: { type: GraphQLString } } });
const Investment = new GraphQLObjectType({ name: 'Investment', fields: { id, amount: { type: GraphQLFloat }, currency: { type: GraphQLString } } });
const SourceRef = new GraphQLObjectType({ name: 'SourceRef', fields: { id, title: { type: GraphQLString } } });
const Enterprise = new GraphQLObjectType({
  name: 'Enterprise',
  fields: { id, name: { type: GraphQLString }, village: { type: Ref }, sectors: list(Ref), investments: list(Investment), sources: list(SourceRef) },
});

/** The trivial rungs' documents: the benchmark's node by id and page of 100, over the trivial schema. */
export const TRIVIAL_NODE = 'query ($id: ID!) { node(id: $id) { id name nameEn kind sphere placeholder } }';
export const TRIVIAL_PAGE = 'query ($sector: ID!) { page(sector: $sector, first: 100) { id name sources { id title } village { id name } sectors { id name } investments { id amount currency } } }';

/**
 * A GraphQL schema with one resolver per query, each running the floor's own statement
 * (bench/floor/getNode.cypher, getEnterprisePage.cypher) and returning its rows as they come: what
 * Apollo costs on its own, with nothing of helixgraph's schema, context or plugins.
 */
export function trivialSchema(driver: Driver, statements: ReadonlyMap<string, string>, database = 'neo4j'): GraphQLSchema {
  const getNode = statements.get('getNode')!;
  const getPage = statements.get('getEnterprisePage')!;
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      node: {
        type: Actor,
        args: { id },
        resolve: async (_root, args: { id: string }) => (await floorRows(driver, database, getNode, { id: args.id }))[0]?.node ?? null,
      },
      page: {
        ...list(Enterprise),
        args: { sector: id, first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, args: { sector: string; first: number }) => floorRows(driver, database, getPage, { sector: args.sector, limit: args.first }),
      },
    },
  });
  return new GraphQLSchema({ query });
}
