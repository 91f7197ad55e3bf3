import { Field, Float, Int, ObjectType } from 'type-graphql';

import { EventKindEnum, EvidenceEnum, InvestmentStatusEnum, OutputKindEnum } from '../enums';
import { EvidenceShare } from './evidence.type';
import { Entity } from './node.type';

@ObjectType({ description: 'One group of a dashboard count.' })
export class GroupCount {
  @Field(() => String, {
    description: 'The group: an id (sector, province, village, program), a kind, a sphere or a year; UNKNOWN for the entities the evidence asked places in no group.',
  })
  key!: string;

  @Field(() => String, { description: 'The group name to display.' })
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => [EvidenceShare], { name: 'evidence', description: 'How many of the counted entities rest on each evidence level (weakest of the entity and the ties that put it in the group).' })
  shares!: EvidenceShare[];
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

  @Field(() => [EvidenceShare], {
    name: 'evidence',
    description: 'How much of the amount rests on each evidence level (weakest of the investment, its amount and the ties that put it in the group).',
  })
  shares!: EvidenceShare[];
}

@ObjectType({ description: 'Events of one period.' })
export class TimeBucket {
  @Field(() => String, { description: 'YYYY-MM (or YYYY for events dated to the year only); UNKNOWN for events whose date does not rest on the evidence asked.' })
  period!: string;

  @Field(() => Int)
  events!: number;

  @Field(() => Int, { nullable: true, description: 'Visits of the events whose visit figure rests on the evidence asked; null when none has one (unknown).' })
  participantVisits!: number | null;

  @Field(() => EvidenceEnum, { nullable: true, description: 'The evidence participantVisits rests on (the weakest of the figures summed); null when unknown.' })
  participantVisitsEvidence!: string | null;

  @Field(() => Int, { description: 'Events of the period without a visit figure on the evidence asked (not in participantVisits).' })
  eventsWithoutVisits!: number;

  @Field(() => [EventKindEnum])
  kinds!: string[];

  @Field(() => [EvidenceShare], {
    name: 'evidence',
    description: 'Events by the evidence of their date (weakest of the event and its date), strongest first; for the visits see participantVisitsEvidence.',
  })
  shares!: EvidenceShare[];
}

@ObjectType()
export class EventKindCount {
  @Field(() => EventKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { nullable: true, description: 'Visits of these events; null (unknown) when some of them have no visit figure on the evidence asked.' })
  participantVisits!: number | null;

  @Field(() => EvidenceEnum, { nullable: true, description: 'The evidence the visits rest on (null when unknown or there are no events).' })
  participantVisitsEvidence!: string | null;
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

  @Field(() => EvidenceEnum, {
    description: "The evidence the amount rests on: the project's own stated total when the investments add up to it, else their weakest part.",
  })
  evidence!: string;

  @Field(() => Float, { nullable: true, description: 'The total the source states for the project (committed, in this currency), when it states one.' })
  statedTotal!: number | null;
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

  @Field(() => [EvidenceEnum], { description: 'The evidence levels this report rests on.' })
  evidence!: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Participant visits: the project's own figure when it has one on the evidence asked, else the sum of every event's; null when unknown.",
  })
  participantVisits!: number | null;

  @Field(() => EvidenceEnum, { nullable: true, description: 'The evidence participantVisits rests on.' })
  participantVisitsEvidence!: string | null;

  @Field(() => String, { nullable: true, description: 'The visits in the source’s own words, when it gives no exact number ("nearly 1,000").' })
  participantVisitsReported!: string | null;

  @Field(() => Boolean, { description: 'True when participantVisits rests on an estimate or weaker.' })
  participantVisitsEstimated!: boolean;

  @Field(() => String, { nullable: true, description: 'The earliest event date on the evidence asked; null when no event date rests on it.' })
  firstEventDate!: string | null;

  @Field(() => EvidenceEnum, { nullable: true })
  firstEventDateEvidence!: string | null;

  @Field(() => String, { nullable: true, description: 'The latest event date on the evidence asked.' })
  lastEventDate!: string | null;

  @Field(() => EvidenceEnum, { nullable: true })
  lastEventDateEvidence!: string | null;

  @Field(() => Int, { description: 'Events whose date does not rest on the evidence asked (left out of first and last dates).' })
  eventsWithoutDate!: number;

  @Field(() => Int)
  enterprisesConnected!: number;

  @Field(() => Int)
  enterprisesInvested!: number;

  @Field(() => [SectorCount], { description: 'Invested enterprises per sector.' })
  investedBySector!: SectorCount[];

  @Field(() => [MoneyAmount], { description: 'Investment amounts by currency and status.' })
  amounts!: MoneyAmount[];

  @Field(() => Int, { nullable: true, description: 'Distinct investors on the evidence asked; null (unknown) when the project has investments but no investor rests on it.' })
  investorCount!: number | null;

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

  @Field(() => [EvidenceShare], { description: 'Nodes by evidence level.' })
  nodeEvidence!: EvidenceShare[];

  @Field(() => [EvidenceShare], { description: 'Relationships by evidence level.' })
  linkEvidence!: EvidenceShare[];

  @Field(() => [EvidenceShare], { description: 'Properties whose evidence differs from their record’s, by level.' })
  propertyEvidence!: EvidenceShare[];
}
