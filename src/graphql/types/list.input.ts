import { Field, Float, ID, InputType, Int } from 'type-graphql';

import type { MeasureName } from '../../analytics/measures';
import { DATE_PATTERN } from '../../domain/properties';
import { BadInputError } from '../../errors';
import { ActorKindEnum, EventKindEnum, EvidenceEnum, HelixSphereEnum, SortField, SortOrder } from '../enums';
import { NetworkMeasureEnum } from './analytics.type';

/** Most values one filter list may hold. */
export const MAX_FILTER_VALUES = 100;

@InputType({ description: 'A stored network measure between min and max (inclusive; either may be left out).' })
export class MeasureRange {
  @Field(() => NetworkMeasureEnum)
  name!: MeasureName;

  @Field(() => Float, { nullable: true })
  min?: number;

  @Field(() => Float, { nullable: true })
  max?: number;
}

@InputType({ description: 'Narrows a list; every field given must hold (AND); values within a field are alternatives (OR).' })
export class ListFilter {
  @Field(() => [ActorKindEnum], { nullable: true, description: 'Actor kinds (actor lists only).' })
  kinds?: string[];

  @Field(() => [HelixSphereEnum], { nullable: true })
  spheres?: string[];

  @Field(() => [EventKindEnum], { nullable: true, description: 'Event kinds (event lists only).' })
  eventKinds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Active in one of these sectors.' })
  sectorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Located in one of these provinces (directly or through a village).' })
  provinceIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Located in one of these craft villages.' })
  villageIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Tied to one of these programs (managing, implementing, connected by or funded through a project).' })
  programIds?: string[];

  @Field(() => String, { nullable: true, description: 'Dated on or after (YYYY, YYYY-MM or YYYY-MM-DD): date, founded or start date.' })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: 'Dated on or before (inclusive of the whole period given).' })
  dateTo?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only placeholders; false: only real records; absent: both.' })
  placeholder?: boolean;

  @Field(() => [EvidenceEnum], {
    nullable: true,
    description: 'Evidence levels the entities, and the ties a village, province, sector or program filter follows, must rest on. Default: the server’s HELIXGRAPH_EVIDENCE, normally every level but SYNTHETIC.',
  })
  evidence?: string[];

  @Field(() => [Int], { nullable: true, description: 'Actors in one of these network communities (Actor.measures.community).' })
  communities?: number[];

  @Field(() => MeasureRange, { nullable: true, description: 'Actors whose stored network measure lies in a range.' })
  measure?: MeasureRange;
}

@InputType({ description: 'The order of a list; ties are broken by id so pages are stable.' })
export class ListOrder {
  @Field(() => SortField, { defaultValue: SortField.NAME })
  field!: SortField;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
  order!: SortOrder;
}

/** Checks a filter's values before any database work; throws BAD_USER_INPUT naming the field. */
export function checkFilter(filter: ListFilter | undefined): void {
  if (!filter) return;
  for (const [key, value] of Object.entries(filter)) {
    if (Array.isArray(value) && value.length > MAX_FILTER_VALUES) {
      throw new BadInputError(`filter.${key}`, `${value.length} values`, `may hold at most ${MAX_FILTER_VALUES} values`);
    }
  }
  const m = filter.measure;
  if (m) {
    const hasMin = m.min !== undefined && m.min !== null;
    const hasMax = m.max !== undefined && m.max !== null;
    if ((!hasMin && !hasMax) || (hasMin && hasMax && m.min! > m.max!)) {
      throw new BadInputError('filter.measure', m, 'must give min, max or both, with min ≤ max');
    }
  }
  for (const key of ['dateFrom', 'dateTo'] as const) {
    const v = filter[key];
    if (v !== undefined && v !== null && !DATE_PATTERN.test(v)) {
      throw new BadInputError(`filter.${key}`, v, 'must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
    }
  }
}
