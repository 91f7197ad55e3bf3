import { Field, Float, Int, ObjectType } from 'type-graphql';

import { EventKindEnum, InvestmentStatusEnum, OutputKindEnum } from '../enums';
import { Entity, Node } from './node.type';

const implementsEntity = { implements: [Node, Entity] };

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'A craft village (làng nghề).' })
export class CraftVillage extends Entity {
  @Field(() => String, { nullable: true, description: 'The craft in Vietnamese.' })
  craft?: string;

  @Field(() => String, { nullable: true, description: 'The craft in English.' })
  craftEn?: string;

  @Field(() => String, { nullable: true })
  commune?: string;

  @Field(() => String, { nullable: true })
  district?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'A province or centrally run city (2020 administration).' })
export class Province extends Entity {
  @Field(() => String, { nullable: true })
  region?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'An economic sector: handicrafts, cuisine, tourism services.' })
export class Sector extends Entity {
  @Field(() => String, { nullable: true })
  code?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'A public program, e.g. Project 844.' })
export class Program extends Entity {
  @Field(() => String, { nullable: true, description: 'Legal reference, e.g. 844/QĐ-TTg.' })
  code?: string;

  @Field(() => String, { nullable: true })
  decisionDate?: string;

  @Field(() => String, { nullable: true })
  startDate?: string;

  @Field(() => String, { nullable: true })
  endDate?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'A funded task or project.' })
export class Project extends Entity {
  @Field(() => String, { nullable: true })
  code?: string;

  @Field(() => String, { nullable: true })
  startDate?: string;

  @Field(() => String, { nullable: true })
  endDate?: string;

  @Field(() => String, { nullable: true, description: 'Date the project was accepted (nghiệm thu).' })
  acceptedDate?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'A workshop, training course or demo day.' })
export class Event extends Entity {
  @Field(() => EventKindEnum)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true })
  place?: string;

  @Field(() => Int, { nullable: true, description: 'Participant visits (lượt khách): visits, not distinct people.' })
  participantVisits?: number;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'Something a project produced: training materials, a model.' })
export class Output extends Entity {
  @Field(() => OutputKindEnum)
  kind!: string;

  @Field(() => String, { nullable: true })
  date?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'An investment from an investor into an enterprise.' })
export class Investment extends Entity {
  @Field(() => Float)
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field(() => InvestmentStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true })
  date?: string;
}

@ObjectType({ ...implementsEntity, simpleResolvers: true, description: 'A foreign or domestic market.' })
export class Market extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166 country code.' })
  countryCode?: string;
}
