import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ViewerOrganization } from './auth.types.js';

/** The signed-in person. */
@ObjectType()
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => [ViewerOrganization], { description: 'Organizations where the viewer is an active member.' })
  organizations?: ViewerOrganization[];

  @Field(() => [String], {
    description:
      'Slugs of organizations that require two-factor sign-in of the viewer (staff) while it is off: ' +
      'their operations answer FORBIDDEN until it is on.',
  })
  twoFactorSetupRequiredIn?: string[];
}
