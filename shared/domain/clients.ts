import { z } from 'zod';
import { isEmailAddress, isPhoneNumber } from './contact';
import { isCalendarDate, localToday } from './dates';

const EARLIEST_BIRTH_DATE = '1900-01-01';

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters).` })
    .default('');

const name = (label: string) =>
  z
    .string({ error: `Enter the client's ${label}.` })
    .trim()
    .min(1, { error: `Enter the client's ${label}.` })
    .max(100, { error: `The ${label} is too long (at most 100 characters).` });

const dateOfBirth = z
  .string({ error: 'Date of birth must be a date.' })
  .trim()
  .refine((value) => value === '' || isCalendarDate(value), {
    error: 'Enter a real date, e.g. 1984-03-27.',
  })
  .refine((value) => value === '' || value >= EARLIEST_BIRTH_DATE, {
    error: 'Date of birth must be after 1900.',
  })
  .refine((value) => value === '' || value <= localToday(), {
    error: 'Date of birth cannot be in the future.',
  })
  .default('');

const email = z
  .string({ error: 'Email must be text.' })
  .trim()
  .max(254, { error: 'The email address is too long.' })
  .refine((value) => value === '' || isEmailAddress(value), {
    error: 'Enter an email address like name@example.com.',
  })
  .default('');

const phone = z
  .string({ error: 'Phone must be text.' })
  .trim()
  .max(40, { error: 'The phone number is too long (at most 40 characters).' })
  .refine((value) => value === '' || isPhoneNumber(value), {
    error: 'Use digits, spaces and + ( ) - only.',
  })
  .default('');

/** What the practitioner types into the "New client" form. Shared by the form and main. */
export const clientInputSchema = z.strictObject({
  firstName: name('first name'),
  lastName: name('last name'),
  dateOfBirth,
  email,
  phone,
  occupation: optionalText(100, 'Occupation'),
  notes: optionalText(10_000, 'Notes'),
});

export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientFields = z.output<typeof clientInputSchema>;

export interface Client extends ClientFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** ISO timestamp when archived; null for an active client. */
  archivedAt: string | null;
}

export interface ClientSummary extends Pick<
  Client,
  'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'email' | 'phone' | 'createdAt' | 'archivedAt'
> {
  /** Date (YYYY-MM-DD) of the most recent assessment, or null before the first. */
  lastVisitOn: string | null;
}

export const emptyClientInput: Required<ClientInput> = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  email: '',
  phone: '',
  occupation: '',
  notes: '',
};

export function clientDisplayName(client: Pick<Client, 'firstName' | 'lastName'>): string {
  return `${client.firstName} ${client.lastName}`;
}
