import { Field, Float, Int, ObjectType } from 'type-graphql';

import { EventKindEnum, InvestmentStatusEnum, OutputKindEnum } from '../enums';
import { Entity } from './node.type';

@ObjectType({ description: 'One group of a dashboard count.' })
export class GroupCount {
  @Field(() => String, { description: 'The group: an id (sector, province, village, program), a kind, a sphere or a year.' })
  key!: string;

  @Field(() => String, { description: 'The group name to display.' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Invested amounts of one group, in one currency.' })
export class InvestmentTotal {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Int)
  investments!: number;

  @Field(() => Int, { description: 'Distinct enterprises that received these investments.' })
  enterprises!: number;
}

@ObjectType({ description: 'Events of one period.' })
export class TimeBucket {
  @Field(() => String, { description: 'YYYY-MM (or YYYY for events dated to the year only).' })
  period!: string;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  participantVisits!: number;

  @Field(() => [EventKindEnum])
  kinds!: string[];
}

@ObjectType()
export class EventKindCount {
  @Field(() => EventKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  participantVisits!: number;
}

@ObjectType()
export class OutputKindCount {
  @Field(() => OutputKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'An amount of money of one status in one currency.' })
export class MoneyAmount {
  @Field(() => String)
  currency!: string;

  @Field(() => InvestmentStatusEnum)
  status!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Int)
  investments!: number;
}

@ObjectType()
export class SectorCount {
  @Field(() => Entity, { description: 'The sector.' })
  sector!: unknown;

  @Field(() => Int)
  enterprises!: number;
}

@ObjectType({ description: "A project's figures, as a report would state them." })
export class ProjectReport {
  @Field(() => [EventKindCount], { description: 'Events by kind (every kind listed, zeros included).' })
  eventsByKind!: EventKindCount[];

  @Field(() => Int)
  eventCount!: number;

  @Field(() => Int, { description: 'Participant visits summed over the events.' })
  participantVisits!: number;

  @Field(() => Boolean, { description: 'True when some per-event visit figures are estimates.' })
  participantVisitsEstimated!: boolean;

  @Field(() => String, { nullable: true })
  firstEventDate!: string | null;

  @Field(() => String, { nullable: true })
  lastEventDate!: string | null;

  @Field(() => Int)
  enterprisesConnected!: number;

  @Field(() => Int)
  enterprisesInvested!: number;

  @Field(() => [SectorCount], { description: 'Invested enterprises per sector.' })
  investedBySector!: SectorCount[];

  @Field(() => [MoneyAmount], { description: 'Investment amounts by currency and status.' })
  amounts!: MoneyAmount[];

  @Field(() => Int)
  investorCount!: number;

  @Field(() => [OutputKindCount])
  outputsByKind!: OutputKindCount[];
}

@ObjectType({ description: 'Provenance coverage of the whole graph.' })
export class DataQuality {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  nodesWithoutSources!: number;

  @Field(() => Int)
  links!: number;

  @Field(() => Int)
  linksWithoutSources!: number;

  @Field(() => Int)
  placeholders!: number;

  @Field(() => Int)
  estimates!: number;
}
