import { getNamedType, isInterfaceType, isObjectType, isScalarType, isEnumType, type GraphQLObjectType, type GraphQLInterfaceType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { LINK_RULES, linkAllowed, type NodeLabel } from '../../src/domain/model';
import { ENTITY_DERIVED, INTERFACE_MODEL, ROOT_LISTS, TYPE_MODEL, typeModel, type Hop } from '../../src/domain/readModel';
import { buildHelixSchema } from '../../src/graphql/schema';

let schema: Awaited<ReturnType<typeof buildHelixSchema>>;
beforeAll(async () => {
  schema = await buildHelixSchema();
});

/** Whether some node of `from` may have a relationship of a type of `hop` to some node of the hop's labels. */
function hopAllowed(from: readonly string[], hop: Hop): string[] {
  const to = hop.labels ?? Object.values(LINK_RULES).flatMap((r) => [...r.to, ...r.from]);
  const problems: string[] = [];
  for (const type of hop.types) {
    const out = from.some((f) => to.some((t) => linkAllowed(type, f as NodeLabel, t as NodeLabel)));
    const inward = from.some((f) => to.some((t) => linkAllowed(type, t as NodeLabel, f as NodeLabel)));
    const ok = hop.direction === 'OUT' ? out : hop.direction === 'IN' ? inward : out || inward;
    if (!ok) problems.push(`${type} ${hop.direction} from ${from.join('|')} to ${hop.labels?.join('|') ?? 'any'}`);
  }
  return problems;
}

const SPECIAL_FIELDS = new Set(['id', 'sources', 'links', 'degree', 'parent', 'measures', ...ENTITY_DERIVED]);

describe('the read model', () => {
  it('declares only relationships the whitelist (LINK_RULES) allows, on every hop', () => {
    const problems: string[] = [];
    for (const model of [...INTERFACE_MODEL, ...TYPE_MODEL]) {
      for (const field of model.relations) {
        for (const path of [field.path, ...(field.alternatives ?? [])]) {
          let at: readonly string[] = model.labels;
          for (const hop of path) {
            problems.push(...hopAllowed(at, hop).map((p) => `${model.name}.${field.name}: ${p}`));
            at = hop.labels ?? [];
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('matches the schema: every declared field exists with its type, every field of a model type is declared', () => {
    const problems: string[] = [];
    for (const model of [...INTERFACE_MODEL, ...TYPE_MODEL]) {
      const type = schema.getType(model.name) as GraphQLObjectType | GraphQLInterfaceType | undefined;
      if (!type || !(isObjectType(type) || isInterfaceType(type))) {
        problems.push(`${model.name} is not an object type or interface of the schema`);
        continue;
      }
      const fields = type.getFields();
      for (const p of model.properties) {
        const f = fields[p];
        if (!f) problems.push(`${model.name}.${p} is declared but not in the schema`);
        else if (!isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type))) problems.push(`${model.name}.${p} is not a scalar`);
      }
      for (const r of model.relations) {
        const f = fields[r.name];
        const expected = r.many ? `${r.target}Connection` : r.target;
        if (!f) problems.push(`${model.name}.${r.name} is declared but not in the schema`);
        else if (getNamedType(f.type).name !== expected) problems.push(`${model.name}.${r.name} is ${getNamedType(f.type).name}, declared ${expected}`);
      }
      // Every field of the type is a declared property or relationship, or one the compiler knows.
      for (const name of Object.keys(fields)) {
        const declared = model.properties.includes(name) || [model.name, ...model.interfaces].some((t) => typeModel(t)?.relations.some((r) => r.name === name));
        if (!declared && !SPECIAL_FIELDS.has(name) && model.name !== 'Node') problems.push(`${model.name}.${name} is in the schema but not in the read model`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares every root list of the schema', () => {
    const query = schema.getQueryType()!.getFields();
    for (const list of ROOT_LISTS) expect(getNamedType(query[list.field].type).name).toBe(`${list.target}Connection`);
  });
});
