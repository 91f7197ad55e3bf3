import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root, type ClassType } from 'type-graphql';

import { INTERFACE_MODEL, ROOT_LISTS, TYPE_MODEL, type RelationField, type RootList } from '../../domain/readModel';
import { compiledConnection, compiledValue, readList, type CompiledList } from '../compile/compiledReader';
import type { Context } from '../context';
import { PageArgs, type ConnectionValue } from '../pagination';
import * as actorTypes from '../types/actor.type';
import * as connections from '../types/connections';
import * as contextTypes from '../types/context.type';
import { ListFilter, ListOrder } from '../types/list.input';
import { Entity, Node, Source, type NodeProps } from '../types/node.type';
import { relatedConnection, relatedOne } from './related';

/**
 * The relationship fields and root lists of the API, generated from the read model
 * (src/domain/readModel.ts): one resolver class per type that has relationship fields, one for the
 * root lists. A relationship field answers what the compiled statement of its root field read for
 * it (in its parent's map, under `<response key>@<declaring type>`); a parent the compiler did not
 * read (a node an analytics field returns, a field under @skip/@include) is answered by the
 * batched loaders instead, one round trip per level.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClass = ClassType<any>;

const TYPES = { Node, Entity, Source, ...actorTypes, ...contextTypes } as unknown as Record<string, AnyClass>;

function typeClass(name: string): AnyClass {
  const found = TYPES[name];
  if (!found) throw new Error(`read model: no GraphQL class for type ${name}`);
  return found;
}

function connectionClass(target: string): AnyClass {
  const found = (connections as unknown as Record<string, AnyClass>)[`${target}Connection`];
  if (!found) throw new Error(`read model: no connection type for ${target}`);
  return found;
}

/** The loader path of a relationship field (a parent that was not compiled). */
async function fallback(ctx: Context, root: NodeProps, field: RelationField, page: PageArgs | undefined): Promise<unknown> {
  if (field.many) {
    const hop = field.path[0];
    return relatedConnection(ctx, root, { types: hop.types, direction: hop.direction, labels: hop.labels }, page ?? {});
  }
  for (const path of [field.path, ...(field.alternatives ?? [])]) {
    let at: NodeProps | null = root;
    for (const hop of path) {
      if (!at) break;
      at = await relatedOne(ctx, at, { types: hop.types, direction: hop.direction, labels: hop.labels });
    }
    if (at) return at;
  }
  return null;
}

/**
 * The resolver of one relationship field: the loader path. A compiled parent's value is read before
 * it is reached, by the resolve function resolveCompiledRelationsDirectly puts in front of it.
 */
function relationResolver(field: RelationField) {
  return (root: NodeProps, ctx: Context, _info: GraphQLResolveInfo, page?: PageArgs): Promise<unknown> => fallback(ctx, root, field, page);
}

/**
 * Lets every relationship field of the read model, on every object type, read a compiled parent's
 * value directly: type-graphql wraps each field resolver (argument lookup, parameter list, a
 * promise) and that wrapper ran once per node and field even though the value is already in the
 * compiled row — 7 % of the API's CPU on the page of 100 in the ladder's profile. A parent the
 * compiler did not read still goes through the generated resolver and its loaders. Arguments are
 * read as graphql-js coerced them (the schema is built without class validation, as before).
 */
export function resolveCompiledRelationsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const declared = new Map<string, readonly RelationField[]>([...INTERFACE_MODEL, ...TYPE_MODEL].map((m) => [m.name, m.relations]));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const done = new Set<string>();
    // The type's own declaration first, then its interfaces' (the key the compiler wrote under).
    for (const owner of [type.name, ...type.getInterfaces().map((i) => i.name)]) {
      for (const relation of declared.get(owner) ?? []) {
        const field = fields[relation.name];
        if (!field?.resolve || done.has(relation.name)) continue;
        done.add(relation.name);
        const generated = field.resolve as GraphQLFieldResolver<object, Context>;
        field.resolve = (root: object, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => {
          const compiled = compiledValue(root, info, owner);
          if (!compiled) return generated(root, args, ctx, info);
          return relation.many ? compiledConnection(compiled.value as CompiledList, args as PageArgs) : (compiled.value ?? null);
        };
      }
    }
  }
  return schema;
}

function defineMethod(cls: AnyClass, name: string, fn: (...args: never[]) => unknown, paramTypes: unknown[]): PropertyDescriptor {
  Object.defineProperty(cls.prototype, name, { value: fn, writable: true, configurable: true });
  Reflect.defineMetadata('design:paramtypes', paramTypes, cls.prototype, name);
  Reflect.defineMetadata('design:returntype', Promise, cls.prototype, name);
  return Object.getOwnPropertyDescriptor(cls.prototype, name)!;
}

/** One resolver class for the relationship fields of each type and interface of the read model. */
function relationResolverClasses(): AnyClass[] {
  const out: AnyClass[] = [];
  for (const model of [...INTERFACE_MODEL, ...TYPE_MODEL]) {
    if (model.relations.length === 0) continue;
    const generated = class {};
    Object.defineProperty(generated, 'name', { value: `${model.name}RelationsResolver` });
    for (const field of model.relations) {
      const resolve = relationResolver(field);
      const descriptor = defineMethod(
        generated,
        field.name,
        field.many
          ? (root: NodeProps, ctx: Context, info: GraphQLResolveInfo, page: PageArgs) => resolve(root, ctx, info, page)
          : (root: NodeProps, ctx: Context, info: GraphQLResolveInfo) => resolve(root, ctx, info),
        field.many ? [Object, Object, Object, PageArgs] : [Object, Object, Object],
      );
      Root()(generated.prototype, field.name, 0);
      Ctx()(generated.prototype, field.name, 1);
      Info()(generated.prototype, field.name, 2);
      if (field.many) Args(() => PageArgs)(generated.prototype, field.name, 3);
      const returns = field.many ? () => connectionClass(field.target) : () => typeClass(field.target);
      FieldResolver(returns, { nullable: !field.many, description: field.description })(generated.prototype, field.name, descriptor);
    }
    Resolver(() => typeClass(model.name))(generated);
    out.push(generated);
  }
  return out;
}

/** The root lists (actors, craftVillages, …, sources), each one compiled statement. */
function rootListResolverClass(): AnyClass {
  const generated = class {};
  Object.defineProperty(generated, 'name', { value: 'RootListResolver' });
  for (const list of ROOT_LISTS) {
    const descriptor = list.filtered
      ? defineMethod(
          generated,
          list.field,
          (ctx: Context, info: GraphQLResolveInfo, page: PageArgs, filter?: ListFilter, orderBy?: ListOrder) => readList(ctx, info, list, filter, orderBy, page),
          [Object, Object, PageArgs, ListFilter, ListOrder],
        )
      : defineMethod(generated, list.field, (ctx: Context, info: GraphQLResolveInfo, page: PageArgs) => readList(ctx, info, list, undefined, undefined, page), [Object, Object, PageArgs]);
    Ctx()(generated.prototype, list.field, 0);
    Info()(generated.prototype, list.field, 1);
    Args(() => PageArgs)(generated.prototype, list.field, 2);
    if (list.filtered) {
      Arg('filter', () => ListFilter, { nullable: true })(generated.prototype, list.field, 3);
      Arg('orderBy', () => ListOrder, { nullable: true })(generated.prototype, list.field, 4);
    }
    Query(() => connectionClass(list.target), { description: list.description })(generated.prototype, list.field, descriptor);
  }
  Resolver()(generated);
  return generated;
}

/** Every resolver class generated from the read model. */
export const READ_MODEL_RESOLVERS: AnyClass[] = [...relationResolverClasses(), rootListResolverClass()];

export type { ConnectionValue, RootList };
