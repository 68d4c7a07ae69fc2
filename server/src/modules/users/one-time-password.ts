import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: the password is read off a screen and typed, or read out on the phone. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A password an ADMIN hands to an official (a new account, a reset): 20 characters from 31
 * (about 99 bits), in groups of five. Shown once, stored only as its hash, and it must be changed
 * at first sign-in, so it is never checked against the password policy (which is for chosen ones).
 */
export function newOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
