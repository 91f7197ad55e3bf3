/** A server under test: where it listens, which process serves it, and how to stop it. */
export interface BenchServer {
  /** helixgraph, floor, neo4j-graphql, or a rung of the ladder (`ladder:express`, …). */
  name: string;
  /** Base URL: `…/graphql` for the GraphQL servers, `…` for the floor (POST /<statement>). */
  url: string;
  /** Process serving the requests (its RSS is the API's memory). */
  pid: number;
  stop(): Promise<void>;
}
