import { z } from 'zod';

/*
 * zod runs a string's refinements even after its `.max()` has failed, so each check here bounds
 * the length itself before any pattern runs: a megabyte of crafted text must cost nothing.
 */

export const PHONE_MAX = 40;
export const EMAIL_MAX = 254;
export const WEB_ADDRESS_MAX = 200;

const phoneCharacters = /^[+()\d\s./-]+$/;
const anyDigit = /\d/;
const webAddress = /^(https?:\/\/)?[^\s/:?#]+\.[^\s/:?#]+(:\d{1,5})?([/?#]\S*)?$/i;
const emailSchema = z.email();

/** Digits with the usual separators, e.g. "+44 20 7946 0958" or "(555) 014-2231". */
export function isPhoneNumber(value: string): boolean {
  return value.length <= PHONE_MAX && phoneCharacters.test(value) && anyDigit.test(value);
}

export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX && emailSchema.safeParse(value).success;
}

/** "www.example.com", "example.com/contact" or a full http(s) address. */
export function isWebAddress(value: string): boolean {
  return value.length <= WEB_ADDRESS_MAX && webAddress.test(value);
}
