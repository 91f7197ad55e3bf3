import { Field, InterfaceType, ObjectType } from 'type-graphql';

import { ActorKindEnum, HelixSphereEnum } from '../enums';
import { Entity, Node, type NodeProps } from './node.type';

@InterfaceType({
  implements: [Node, Entity],
  description: 'An organization of the ecosystem: enterprise, support organization, intermediary, agency, institute, investor.',
  resolveType: (value: NodeProps) => value.label,
})
export abstract class Actor extends Entity {
  @Field(() => ActorKindEnum)
  kind!: string;

  @Field(() => HelixSphereEnum, { description: 'The helix sphere (defaults from the kind).' })
  sphere!: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. NTBIC.' })
  shortName?: string;

  @Field(() => String, { nullable: true })
  website?: string;

  @Field(() => String, { nullable: true, description: 'Founding date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  founded?: string;
}

const implementsActor = { implements: [Node, Entity, Actor] };

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'A business, e.g. a craft-village enterprise.' })
export class Enterprise extends Actor {}

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'An incubator, accelerator or innovation centre that supports enterprises.' })
export class SupportOrganization extends Actor {}

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'An association, chamber or innovation broker between other actors.' })
export class Intermediary extends Actor {}

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'A ministry, agency or department of the state.' })
export class GovernmentAgency extends Actor {}

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'A research or technology-innovation organization.' })
export class ResearchInstitute extends Actor {}

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'A source of investment.' })
export class Investor extends Actor {}

@ObjectType({ ...implementsActor, simpleResolvers: true, description: 'A foreign or international partner.' })
export class InternationalOrganization extends Actor {}

@ObjectType({ simpleResolvers: true, description: 'An organization one level up, with the dates the relation held.' })
export class ParentLink {
  @Field(() => Actor)
  organization!: NodeProps;

  @Field(() => String, { nullable: true })
  since?: string;

  @Field(() => String, { nullable: true })
  until?: string;
}
