import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** The roles a caller can hold, as GraphQL names them (ANONYMOUS: no key, or a key this server does not know). */
export const ViewerRoleEnum = { ANONYMOUS: 'ANONYMOUS', READER: 'READER', EDITOR: 'EDITOR', ADMIN: 'ADMIN' } as const;
registerEnumType(ViewerRoleEnum, {
  name: 'ViewerRole',
  description: 'What a key may do: READER reads (where the server asks a key for reading), EDITOR also adds and changes entities, links and sources, ADMIN also deletes and restores.',
  valuesConfig: {
    ANONYMOUS: { description: 'No key, or a key this server does not know: reading only (where reading is open).' },
  },
});

@ObjectType({ description: 'Who the request is made as: the role and name of the API key it presented (never the key).' })
export class Viewer {
  @Field(() => ViewerRoleEnum)
  role!: string;

  @Field(() => String, { nullable: true, description: 'The key’s name, which the change history records for its writes (null without a key).' })
  name?: string | null;
}
