import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, Float, Info, ObjectType, Query, Resolver } from 'type-graphql';

import { buildLuceneQuery, exactSearchKey } from '../../domain/search';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { NodeLabelEnum } from '../enums';
import { readSearch } from '../compile/compiledReader';
import { Connection, PageArgs } from '../pagination';
import { Entity, type NodeProps } from '../types/node.type';

const MAX_QUERY_LENGTH = 200;

@ObjectType({ simpleResolvers: true, description: 'A search result with its relevance.' })
export class SearchHit {
  @Field(() => Entity)
  node!: NodeProps;

  @Field(() => Float, { description: 'Relevance (higher is better); comparable within one search only.' })
  score!: number;
}

const SearchHitConnection = Connection(() => SearchHit, 'SearchHit');

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search over names (Vietnamese and English) and descriptions, insensitive to diacritics and case: records with a name (or short name) that is exactly the search first, then names that start with it, then the rest by relevance.',
  })
  async search(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('query', () => String) query: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [NodeLabelEnum], { nullable: true, description: 'Only these types of node.' }) kinds?: string[],
  ) {
    if (query.length > MAX_QUERY_LENGTH) throw new BadInputError('query', `${query.slice(0, 20)}…`, `must be at most ${MAX_QUERY_LENGTH} characters`);
    const lucene = buildLuceneQuery(query);
    if (lucene === null) throw new BadInputError('query', query, 'must contain at least one letter or digit');
    return readSearch(ctx, info, { lucene, exact: exactSearchKey(query), labels: kinds && kinds.length > 0 ? kinds : null }, page);
  }
}
