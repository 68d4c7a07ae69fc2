import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field()
  username!: string;

  @Field()
  password!: string;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: 'false disables the account: its sessions end and its WebSockets close at once' })
  active!: boolean;
}

@InputType()
export class ConfirmSigningOfficialInput {
  @Field(() => ID, { description: "A People's Committee LEAD awaiting confirmation" })
  userId!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  userId!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field({ description: 'Checked by the password policy: at least 10 characters, hard to guess' })
  newPassword!: string;
}
