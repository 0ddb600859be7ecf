import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { CreatedBackup, ExportedBackup } from '../../shared/channels/backups';
import type { RecordExported } from '../../shared/channels/clients';
import { channels, contract } from '../../shared/contract';
import type { Client } from '../../shared/domain/clients';
import type { Program } from '../../shared/channels/programs';
import { nulCharacterMessage } from '../../shared/validation';
import type { Result } from '../../shared/errors';
import { addClient, addPhotoOf, value } from '../helpers/stance-data';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost, type TestHost } from '../helpers/test-host';

/**
 * Throws generated malformed payloads at every channel of the contract (so a new channel is
 * covered the day it is added) on a data folder with real rows, and checks that each one is
 * refused as invalid input before any handler runs: no dialog, no write, no exception, no
 * polluted prototype.
 */

const SEED = Number(process.env.STANCE_FUZZ_SEED ?? 20_260_124);
const PER_CHANNEL = 380;
const MB = 1 << 20;
/** Far above a normal answer (well under 10 ms); only a hang or a runaway regex gets near it. */
const SLOW_MS = 3_000;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Labelled {
  label: string;
  value: unknown;
}

function deepObject(depth: number): unknown {
  let node: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) node = { nested: node };
  return node;
}

function deepArray(depth: number): unknown {
  let node: unknown = [];
  for (let i = 0; i < depth; i++) node = [node];
  return node;
}

/** An object holding `key` as its own property, built by JSON.parse as a hostile sender would. */
function withOwnKey(base: object, key: string, valueJson: string): Record<string, unknown> {
  const inner = JSON.stringify(base).slice(1, -1);
  return JSON.parse(`{${JSON.stringify(key)}:${valueJson}${inner ? `,${inner}` : ''}}`) as Record<
    string,
    unknown
  >;
}

const sqlFragments = [
  "'; DROP TABLE clients; --",
  '1 OR 1=1',
  "' OR '1'='1",
  "Robert'); DROP TABLE assessments;--",
  '" OR ""="',
  'NULL',
  '*',
  'lovelace* OR NEAR(a b)',
  '"unterminated',
  "'); PRAGMA user_version = 999; --",
  "1; ATTACH DATABASE '/tmp/x.db' AS x; --",
];
const pathFragments = [
  '../../etc/passwd',
  '..\\..\\stance.db',
  '%2e%2e%2f',
  '%2e%2e%2fstance.db',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\stance.db',
  'file:///etc/passwd',
  'backups/../stance.db',
  'manual-v1-../../../stance.stance.db',
  'manual-v5-2026-01-01T00-00-00-000Z.stance.db\u0000.txt',
  'manual-v5-2026-01-01T00-00-00-000Z.stance.db/../../stance.db',
];
const unicodeOddities = [
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  '\u202Egnp.exe',
  'Z̴̡̪a̷l̶g̵o̸',
  '👩‍⚕️🦶',
  '\u00A0\u2003',
  '２０２６-０１-０１',
  'İı',
  '\r\n\t',
  'ｃｌｉｅｎｔｓ:create',
  'e\u0301',
];
// Huge strings stay clear of digits-and-spaces and dotted shapes: those hit the quadratic
// phone/website patterns covered by their own test below, and would stall this one.
const hugeStrings: Labelled[] = [
  { label: '1 MB ascii', value: 'x'.repeat(MB) },
  { label: '1 MB unicode', value: '𝕏é\u200b'.repeat(MB / 4) },
  { label: '1 MB sql', value: "'; DROP TABLE clients; --".repeat(MB / 25) },
  { label: '1 MB nul', value: '\u0000'.repeat(MB) },
];

/** Values of every shape a sender could put where a field or a payload goes. */
function oddities(): Labelled[] {
  const list: Labelled[] = [
    { label: 'null', value: null },
    { label: 'undefined', value: undefined },
    { label: 'NaN', value: NaN },
    { label: 'Infinity', value: Infinity },
    { label: '-Infinity', value: -Infinity },
    { label: '-0', value: -0 },
    { label: '0', value: 0 },
    { label: '-1', value: -1 },
    { label: '1.5', value: 1.5 },
    { label: '2^53', value: 2 ** 53 },
    { label: 'MAX_VALUE', value: Number.MAX_VALUE },
    { label: 'bigint', value: 10n },
    { label: 'true', value: true },
    { label: 'false', value: false },
    { label: 'empty string', value: '' },
    { label: 'spaces', value: '   ' },
    { label: 'empty array', value: [] },
    { label: 'array', value: [1, 'a', null] },
    { label: 'array of objects', value: [{}, { id: 1 }] },
    { label: 'empty object', value: {} },
    { label: 'object', value: { value: 'x' } },
    { label: 'deep object', value: deepObject(5_000) },
    { label: 'deep array', value: deepArray(5_000) },
    { label: 'long array', value: new Array<number>(20_000).fill(0) },
    { label: 'date', value: new Date(0) },
    { label: 'map', value: new Map([['a', 1]]) },
    { label: 'set', value: new Set([1]) },
    // Small: a typed array's every index is reported as a key (see the known bugs below).
    { label: 'bytes', value: new Uint8Array(4096) },
    { label: 'function', value: () => 'x' },
    { label: 'symbol', value: Symbol('x') },
    { label: 'string object', value: new String('x') },
    { label: '__proto__', value: JSON.parse('{"__proto__":{"polluted":"yes"}}') },
    {
      label: 'constructor.prototype',
      value: JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    },
    { label: 'prototype', value: JSON.parse('{"prototype":{"polluted":"yes"}}') },
    { label: 'bad date', value: '2026-02-30' },
    { label: 'bad month', value: '2026-13-01' },
    { label: 'old date', value: '1899-12-31' },
    { label: 'future date', value: '9999-12-31' },
    { label: 'short date', value: '2026-1-1' },
    { label: 'date-time', value: '2026-01-01T00:00:00Z' },
    { label: 'not a uuid', value: 'not-a-uuid' },
    { label: 'uuid + sql', value: "0b6ad3e6-6a1e-4e3c-9d55-1f0c3a7d9e21' OR 1=1 --" },
    { label: 'negative revision', value: -5 },
    { label: 'huge revision', value: 1e9 },
    ...hugeStrings,
  ];
  for (const text of [...sqlFragments, ...pathFragments, ...unicodeOddities])
    list.push({ label: JSON.stringify(text).slice(0, 40), value: text });
  return list;
}

const extraKeys = [
  'extra',
  'isAdmin',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'id ',
  'ID',
  'clientID',
  'ｉｄ',
  '\u0000',
  '../../etc/passwd',
  "'; DROP TABLE clients; --",
  'k'.repeat(65_536),
];

/** Strings that may well be valid on their own; they ride along with a change that is not. */
const noise = [...sqlFragments, ...pathFragments, ...unicodeOddities];

interface Case {
  channel: string;
  kind: string;
  payload: unknown;
}

interface Fixture {
  /** Values that some field of some channel accepts, used to build a valid payload to spoil. */
  validValues: unknown[];
  /** Records read back from the app (clients, library exercises): good values by field name. */
  validRecords: Record<string, unknown>[];
}

type Shape = Record<string, z.ZodType>;

function shapeOf(schema: z.ZodType): Shape | null {
  return schema instanceof z.ZodObject ? schema.shape : null;
}

/** A payload that passes the schema, assembled from known-good values, or null. */
function validBase(
  schema: z.ZodType,
  shape: Shape,
  fixture: Fixture,
): Record<string, unknown> | null {
  const base: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const candidates = [
      ...fixture.validRecords.map((record) => record[key]).filter((item) => item !== undefined),
      ...fixture.validValues,
    ];
    const good = candidates.find((candidate) => field.safeParse(candidate).success);
    if (good !== undefined) base[key] = good;
    else if (!field.safeParse(undefined).success) return null;
  }
  return schema.safeParse(base).success ? base : null;
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** Replaces one value somewhere inside `root` (an object/array tree) with `replacement`. */
function replaceDeep(root: unknown, next: () => number, replacement: () => unknown): unknown {
  if (root === null || typeof root !== 'object' || next() < 0.3) return replacement();
  if (Array.isArray(root)) {
    const items = [...(root as unknown[])];
    if (items.length === 0) return replacement();
    const index = Math.floor(next() * items.length);
    items[index] = replaceDeep(items[index], next, replacement);
    return items;
  }
  const record = { ...(root as Record<string, unknown>) };
  const keys = Object.keys(record);
  if (keys.length === 0) return replacement();
  const key = pick(next, keys);
  record[key] = replaceDeep(record[key], next, replacement);
  return record;
}

interface Generated {
  cases: Case[];
  /** Random mixtures that happened to be valid (a noise string that is a fine name): not sent. */
  accidentallyValid: number;
  /** Payloads wrong by construction that the schema still accepted: a finding, not sent. */
  wronglyAccepted: string[];
  hasValidBase: boolean;
}

/** Every malformed payload for one channel: the systematic ones first, then random mixtures. */
function casesFor(
  channel: string,
  schema: z.ZodType,
  fixture: Fixture,
  next: () => number,
): Generated {
  const cases: Case[] = [];
  const wronglyAccepted: string[] = [];
  let accidentallyValid = 0;
  const all = oddities();
  const shape = shapeOf(schema);
  const base = shape ? validBase(schema, shape, fixture) : null;
  const start = (): Record<string, unknown> => ({ ...(base ?? {}) });
  // A valid payload is never sent: it would run the handler and change the data.
  const keep = (kind: string, payload: unknown, wrongByConstruction: boolean): void => {
    if (!schema.safeParse(payload).success) cases.push({ channel, kind, payload });
    else if (wrongByConstruction) wronglyAccepted.push(`${channel} / ${kind}`);
    else accidentallyValid += 1;
  };

  // A Date or a Map has no own keys, so a schema without fields rightly reads it as {}.
  for (const odd of all) keep(`payload is ${odd.label}`, odd.value, false);
  keep('array of the valid payload', [start()], true);

  if (shape) {
    for (const [key, field] of Object.entries(shape)) {
      for (const odd of all) {
        if (field.safeParse(odd.value).success) continue;
        keep(`${key} is ${odd.label}`, { ...start(), [key]: odd.value }, true);
      }
      if (!field.safeParse(undefined).success) {
        const rest = start();
        delete rest[key];
        keep(`${key} missing`, rest, true);
      }
    }
  }
  for (const key of extraKeys) {
    for (const valueJson of ['"x"', '{"polluted":"yes"}', 'null', '[1]']) {
      keep(
        `extra key ${JSON.stringify(key).slice(0, 20)}`,
        withOwnKey(start(), key, valueJson),
        true,
      );
    }
  }

  const fields = shape ? Object.keys(shape) : [];
  let attempts = 0;
  while (cases.length < PER_CHANNEL && attempts < PER_CHANNEL * 20) {
    attempts += 1;
    let payload: Record<string, unknown> = next() < 0.8 ? start() : {};
    const steps: string[] = [];
    for (let step = 0, count = 1 + Math.floor(next() * 4); step < count; step++) {
      const move = next();
      const field = fields.length > 0 ? pick(next, fields) : null;
      if (field && move < 0.3) {
        payload = { ...payload, [field]: pick(next, all).value };
        steps.push(`odd ${field}`);
      } else if (field && move < 0.5) {
        payload = { ...payload, [field]: pick(next, noise) };
        steps.push(`noise ${field}`);
      } else if (field && move < 0.65) {
        payload = { ...payload };
        delete payload[field];
        steps.push(`drop ${field}`);
      } else if (field && move < 0.85 && typeof payload[field] === 'object') {
        // Reaches inside nested documents (the assessment body) to spoil one leaf or group.
        payload = {
          ...payload,
          [field]: replaceDeep(payload[field], next, () =>
            next() < 0.3
              ? withOwnKey({}, pick(next, extraKeys), '{"polluted":"yes"}')
              : pick(next, all).value,
          ),
        };
        steps.push(`deep ${field}`);
      } else {
        payload = withOwnKey(
          Object.fromEntries(Object.entries(payload).filter(([, item]) => isJson(item))),
          pick(next, extraKeys),
          pick(next, ['"x"', '{"polluted":"yes"}', '0']),
        );
        steps.push('extra key');
      }
    }
    keep(`random: ${steps.join(', ')}`, payload, false);
  }
  return { cases, accidentallyValid, wronglyAccepted, hasValidBase: base !== null };
}

function isJson(item: unknown): boolean {
  try {
    return JSON.stringify(item) !== undefined && JSON.parse(JSON.stringify(item)) !== undefined;
  } catch {
    return false;
  }
}

const unknownChannels: unknown[] = [
  '',
  'clients',
  'clients:',
  'clients:create ',
  'Clients:create',
  'clients:drop',
  'clients:erase\u0000',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'app:status/../clients:erase',
  '../../etc/passwd',
  "'; DROP TABLE clients; --",
  'ｃｌｉｅｎｔｓ:create',
  'x'.repeat(MB),
  42,
  NaN,
  null,
  undefined,
  true,
  {},
  [],
  ['clients:create'],
  new String('app:status'),
  Symbol('clients:create'),
  JSON.parse('{"__proto__":"clients:create"}'),
];

function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      return `${path.relative(root, file)} ${hash.slice(0, 16)}`;
    })
    .sort();
}

function prototypeState(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap(
    (proto) => Reflect.ownKeys(proto).map((key) => String(key)),
  );
}

/** The records a list channel answers with, or none if the contract no longer has it. */
async function recordsFrom(core: StanceCore, channel: string): Promise<Record<string, unknown>[]> {
  const result = await core.route(channel, {});
  return result.ok && Array.isArray(result.value)
    ? (result.value as unknown[]).filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
      )
    : [];
}

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let host: TestHost;
let fixture: Fixture;

async function open(): Promise<StanceCore> {
  const core = await openStance({ dataDir, appVersion: 'fuzz', host });
  expect(core.status.state).toBe('ready');
  return core;
}

beforeAll(async () => {
  temp = makeTempDir('stance-fuzz-');
  dataDir = path.join(temp.dir, 'data');
  const outside = path.join(temp.dir, 'chosen');
  fs.mkdirSync(outside);
  host = createTestHost();
  const core = await open();

  const ada = await addClient(core, 'Ada', 'Prefers mornings.');
  const grace = await addClient(core, 'Grace');
  value(await core.route('clients:archive', { id: grace.id }));
  const zoe = value<Client>(
    await core.route('clients:create', {
      firstName: 'Zoë',
      lastName: "O'Brien",
      dateOfBirth: '1984-03-27',
      email: 'zoe@example.com',
      phone: '+44 20 7946 0000',
      occupation: 'Dancer',
      notes: 'Right ankle sprain 2019.',
    }),
  );
  const body = {
    schemaVersion: 1,
    pain: { nprsNow: 6, nprsBestLastWeek: 3, nprsWorstLastWeek: 8, onset: 'Gradual' },
    oswestry: { variant: 'odi-2.1a', sections: [2, 2, 1, 3, null, 2, 1, 2, 2, 3] },
    feet: {
      left: { arch: 'neutral', fpi6: { items: [0, 0, 1, 0, 1, 0] }, navicularDropMm: 7 },
      right: { arch: 'low', fpi6: { items: [2, 1, 1, 2, 1, 1] }, kneeToWallCm: 8 },
    },
    notes: 'Right foot turned out.',
  };
  const finalOne = value<Assessment>(
    await core.route('assessments:create', { clientId: ada.id, assessedOn: '2026-01-10' }),
  );
  const draftArgs = { id: finalOne.assessmentId, revision: 1, assessedOn: '2026-01-10', body };
  value(await core.route('assessments:saveDraft', draftArgs));
  value(await core.route('assessments:finalize', { id: finalOne.assessmentId, revision: 1 }));
  value(await core.route('assessments:amend', { id: finalOne.assessmentId, reason: 'Typo' }));
  const draft = value<Assessment>(
    await core.route('assessments:create', { clientId: zoe.id, assessedOn: '2026-01-12' }),
  );
  addPhotoOf(core, zoe.id, new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
  value(await core.route('settings:update', { studioName: 'Fuzz Studio', units: 'metric' }));
  const backup = value<CreatedBackup>(await core.route('backups:create', {}));

  // Real files for the dialogs to hand out, so a payload that slipped through would really act.
  host.answers.folder = path.join(outside, 'export');
  fs.mkdirSync(host.answers.folder);
  const exported = value<ExportedBackup>(await core.route('backups:exportTo', {}));
  host.answers.saveFile = path.join(outside, 'ada.stance-client.json');
  const record = value<RecordExported>(await core.route('clients:exportRecord', { id: ada.id }));
  host.answers.openFile = exported.file;
  host.answers.saveFile = path.join(outside, 'fuzz-output.json');
  host.dialogs.length = 0;
  host.events.length = 0;

  fixture = {
    validValues: [
      ada.id,
      grace.id,
      finalOne.assessmentId,
      draft.assessmentId,
      1,
      2,
      '2026-01-10',
      'Ada',
      'Test',
      true,
      false,
      '',
      'newest',
      'metric',
      'A4',
      null,
      'Corrected the heel angle',
      body,
      backup.backup.name,
      record.file,
      [],
    ],
    validRecords: [
      Object.fromEntries(Object.entries(ada)),
      Object.fromEntries(Object.entries(zoe)),
      ...(await recordsFrom(core, 'exercises:list')),
    ],
  };
  core.close();
  // One quiet open and close first: `PRAGMA optimize` at close may store statistics after the
  // setup's writes, which must not be mistaken for a write made by a payload.
  // It waits for the full check, so the writer (not a read-only connection) closes last and tidies.
  const quiet = await open();
  await quiet.fullyChecked();
  quiet.close();
});
afterAll(() => temp.cleanup());

describe('fuzzing every channel with malformed payloads', () => {
  it('refuses every one as invalid input, before any dialog or write', async () => {
    const started = performance.now();
    const next = random(SEED);
    const databaseFile = dataPaths(dataDir).database;
    const bytesBefore = fs.readFileSync(databaseFile);
    const filesBefore = listFiles(dataDir);
    const prototypesBefore = prototypeState();

    const problems: string[] = [];
    let sent = 0;
    let accidentallyValid = 0;
    let slowest = { ms: 0, kind: '' };
    const core = await open();
    const send = async (channel: unknown, kind: string, payload: unknown, code: string) => {
      sent += 1;
      const began = performance.now();
      let result: Result<unknown>;
      try {
        result = await core.route(channel, payload);
      } catch (error) {
        problems.push(`${String(channel)} / ${kind}: threw ${String(error)}`);
        return;
      }
      const ms = performance.now() - began;
      if (ms > slowest.ms) slowest = { ms, kind: `${String(channel)} / ${kind}` };
      if (ms > SLOW_MS) problems.push(`${String(channel)} / ${kind}: took ${ms.toFixed(0)} ms`);
      if (
        result.ok ||
        result.error.code !== code ||
        typeof result.error.message !== 'string' ||
        result.error.message.length === 0 ||
        result.error.message.length > 300 ||
        (code === 'invalid-input' && !(result.error.issues && result.error.issues.length > 0))
      ) {
        problems.push(`${String(channel)} / ${kind}: answered ${describeResult(result)}`);
        return;
      }
      try {
        structuredClone(result);
      } catch (error) {
        problems.push(`${String(channel)} / ${kind}: answer cannot cross IPC: ${String(error)}`);
      }
    };

    const perChannel: Record<string, number> = {};
    const wronglyAccepted: string[] = [];
    const withoutBase: string[] = [];
    for (const channel of channels) {
      const generated = casesFor(channel, contract[channel].request, fixture, next);
      accidentallyValid += generated.accidentallyValid;
      wronglyAccepted.push(...generated.wronglyAccepted);
      if (!generated.hasValidBase) withoutBase.push(channel);
      perChannel[channel] = generated.cases.length;
      for (const { kind, payload } of generated.cases)
        await send(channel, kind, payload, 'invalid-input');
    }
    const payloadPool = oddities().map((odd) => odd.value);
    for (const channel of unknownChannels) {
      for (let i = 0; i < 8; i++)
        await send(channel, 'unknown channel', pick(next, payloadPool), 'unknown-channel');
    }
    core.close();

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz (seed ${SEED}): ${sent} malformed calls over ${channels.length} channels ` +
        `(${unknownChannels.length * 8} to unknown channels), ${accidentallyValid} generated ` +
        `payloads were valid and not sent, slowest ${slowest.ms.toFixed(0)} ms (${slowest.kind}), ` +
        `${seconds} s; spoiled from a valid payload on all but [${withoutBase.join(', ')}]`,
    );

    expect.soft(wronglyAccepted.slice(0, 20)).toEqual([]);
    expect.soft(problems.slice(0, 20)).toEqual([]);
    expect.soft(host.dialogs).toEqual([]);
    expect.soft(host.events).toEqual([]);
    expect.soft(prototypeState()).toEqual(prototypesBefore);
    expect.soft(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect.soft(listFiles(dataDir)).toEqual(filesBefore);
    expect.soft(fs.readFileSync(databaseFile).equals(bytesBefore)).toBe(true);
    for (const channel of channels)
      expect.soft(perChannel[channel]).toBeGreaterThanOrEqual(PER_CHANNEL);
    expect.soft(sent).toBeGreaterThanOrEqual(10_000);

    // The trap was armed: a valid call on the same host does open its dialog.
    const control = await open();
    value(await control.route('clients:exportCsv', {}));
    control.close();
    expect(host.dialogs.map((dialog) => dialog.kind)).toEqual(['save']);
  }, 120_000);
});

function describeResult(result: Result<unknown>): string {
  return result.ok
    ? 'ok'
    : `${result.error.code} "${result.error.message.slice(0, 80)}" (${result.error.issues?.length ?? 0} issues)`;
}

/** Times one call; the known bugs below are about how long an answer takes or how big it is. */
async function timed(channel: string, payload: unknown): Promise<{ ms: number; answer: string }> {
  const core = await open();
  try {
    const began = performance.now();
    const result = await core.route(channel, payload);
    const ms = performance.now() - began;
    expect(result.ok).toBe(false);
    return { ms, answer: JSON.stringify(result) };
  } finally {
    core.close();
  }
}

/**
 * Found by this suite: zod runs a string's refinements even after `.max()` has failed, and reports
 * every index of a typed array as an unknown key. These keep the fixes in place.
 */
describe('crafted input that once made main slow', () => {
  const quick = 100;

  it('answers a long crafted phone number at once (clients:create)', async () => {
    const phone = `${'1 '.repeat(22_000)}x`;
    const { ms } = await timed('clients:create', { firstName: 'A', lastName: 'B', phone });
    expect(ms).toBeLessThan(quick);
  });

  it('answers a long crafted studio phone number at once (settings:update)', async () => {
    const { ms } = await timed('settings:update', { studioPhone: `${'1 '.repeat(22_000)}x` });
    expect(ms).toBeLessThan(quick);
  });

  it('answers a long crafted web address at once (settings:update)', async () => {
    const { ms } = await timed('settings:update', { studioWebsite: `${'a.'.repeat(10_000)} x` });
    expect(ms).toBeLessThan(quick);
  });

  // A typed array is an object whose every index zod reports as an unknown key: a 1 MB payload
  // costs ~0.4 s and a 12 MB answer, 8 MB costs ~5 s and 1.5 GB of memory in main.
  it('keeps the answer to a 1 MB typed-array payload small (clients:get)', async () => {
    const { answer } = await timed('clients:get', new Uint8Array(MB));
    expect(answer.length).toBeLessThan(64 * 1024);
  });
});

/**
 * The channels the record stores serve, so that they reach PostgreSQL on a studio server. The rest
 * (photos, clips, exercises, exports, backups, settings) are covered by the suite above on SQLite
 * only. `programs:suggest` reads
 * the assessment's photos from the file, so on a server it is sent only payloads its schema refuses.
 */
const storeChannels = channels.filter(
  (channel) =>
    /^(clients|assessments|programs):/.test(channel) &&
    !['clients:exportRecord', 'clients:importRecord', 'clients:exportCsv'].includes(channel),
);
const missing = '00000000-0000-4000-8000-000000000000';
const dosage = {
  kind: 'reps',
  sets: 2,
  reps: 10,
  perSide: false,
  timesPerDay: 1,
  daysPerWeek: 5,
};

interface Seeded {
  ada: Client;
  assessmentId: string;
  program: Program;
  body: Record<string, unknown>;
}

async function seed(route: ServiceEngine['route']): Promise<Seeded> {
  const ada = value<Client>(
    await route('clients:create', { firstName: 'Ada', lastName: 'Test', notes: 'Mornings.' }),
  );
  const body = { schemaVersion: 1, pain: { nprsNow: 6 }, notes: 'Right foot turned out.' };
  const assessment = value<Assessment>(
    await route('assessments:create', { clientId: ada.id, assessedOn: '2026-01-10' }),
  );
  const { assessmentId } = assessment;
  value(
    await route('assessments:saveDraft', {
      id: assessmentId,
      revision: 1,
      assessedOn: '2026-01-10',
      body,
    }),
  );
  const program = value<Program>(
    await route('programs:save', {
      clientId: ada.id,
      title: 'Home exercises',
      items: [{ exerciseId: 'short-foot', dosage }],
    }),
  );
  return { ada, assessmentId, program, body };
}

/** Payloads that pass each channel's schema shape but must still be refused, with their labels. */
function hostileValid(seeded: Seeded): [string, string, unknown][] {
  const { ada, assessmentId, program, body } = seeded;
  return [
    ['NUL in a new client name', 'clients:create', { firstName: 'Ada\u0000', lastName: 'Test' }],
    [
      'NUL in client notes',
      'clients:update',
      { id: ada.id, firstName: 'Ada', lastName: 'Test', notes: 'a\u0000b' },
    ],
    [
      'NUL in the assessment body',
      'assessments:saveDraft',
      {
        id: assessmentId,
        revision: 1,
        assessedOn: '2026-01-10',
        body: { ...body, notes: '\u0000' },
      },
    ],
    [
      'NUL in a program title',
      'programs:save',
      { id: program.id, clientId: ada.id, title: 'Home\u0000', items: [] },
    ],
    [
      'NUL in an exercise note',
      'programs:save',
      {
        clientId: ada.id,
        title: 'Home',
        items: [{ exerciseId: 'short-foot', dosage, notes: '\u0000' }],
      },
    ],
    ['unknown client', 'clients:get', { id: missing }],
    ['erase with a name that is not hers', 'clients:erase', { id: ada.id, confirmName: 'Ada' }],
    ['erase of an unknown client', 'clients:erase', { id: missing, confirmName: 'Ada Test' }],
    [
      'NUL in the name typed to erase',
      'clients:erase',
      { id: ada.id, confirmName: 'Ada\u0000Test' },
    ],
    [
      'unknown client update',
      'clients:update',
      { id: missing, firstName: 'Ada', lastName: 'Test' },
    ],
    ['unknown assessment', 'assessments:finalize', { id: missing, revision: 1 }],
    [
      'stale revision',
      'assessments:saveDraft',
      { id: assessmentId, revision: 7, assessedOn: '2026-01-10', body },
    ],
    ['unknown program', 'programs:get', { id: missing }],
    [
      'program for an unknown client',
      'programs:save',
      { clientId: missing, title: 'Home', items: [] },
    ],
    [
      'program with an unknown exercise',
      'programs:save',
      {
        clientId: ada.id,
        title: 'Home',
        items: [{ exerciseId: 'no-such-exercise', dosage }],
      },
    ],
  ];
}

async function readBack(route: ServiceEngine['route'], seeded: Seeded): Promise<string> {
  const reads = await Promise.all([
    route('clients:list', {}),
    route('clients:get', { id: seeded.ada.id }),
    route('assessments:listForClient', { clientId: seeded.ada.id }),
    route('assessments:history', { id: seeded.assessmentId }),
    route('assessments:get', { id: seeded.assessmentId }),
    route('programs:listForClient', { clientId: seeded.ada.id }),
    route('programs:get', { id: seeded.program.id }),
  ]);
  return JSON.stringify(reads);
}

/** Each engine's answers, ids replaced by their role, for the comparison after both have run. */
const answersByEngine = new Map<string, string[]>();

describe.each(Object.entries(serviceEngines))(
  'hostile payloads to the record stores on %s',
  (name, openEngine) => {
    let engine: ServiceEngine;
    let seeded: Seeded;
    beforeAll(async () => {
      engine = await openEngine();
      seeded = await seed(engine.route);
    });
    afterAll(() => engine.close());

    const masked = (text: string): string =>
      text
        .replaceAll(seeded.ada.id, '<client>')
        .replaceAll(seeded.assessmentId, '<assessment>')
        .replaceAll(seeded.program.id, '<program>');

    it('refuses each with a plain-words error and changes no record', async () => {
      const before = await readBack(engine.route, seeded);
      const answers: string[] = [];
      const next = random(SEED);
      const pools: Fixture = {
        validValues: [
          seeded.ada.id,
          seeded.assessmentId,
          seeded.program.id,
          1,
          '2026-01-10',
          'Ada',
          'Test',
          '',
          null,
          seeded.body,
          [],
        ],
        validRecords: [Object.fromEntries(Object.entries(seeded.ada))],
      };
      for (const channel of storeChannels) {
        for (const { kind, payload } of casesFor(channel, contract[channel].request, pools, next)
          .cases) {
          const result = await engine.route(channel, payload);
          expect.soft(result.ok, `${channel} / ${kind}`).toBe(false);
          answers.push(`${channel} / ${kind}: ${masked(JSON.stringify(result))}`);
        }
      }
      for (const [label, channel, payload] of hostileValid(seeded)) {
        const result = await engine.route(channel, payload);
        expect.soft(result.ok, label).toBe(false);
        if (!result.ok) expect.soft(result.error.code, label).not.toBe('internal');
        if (label.startsWith('NUL'))
          expect
            .soft(result.ok ? [] : result.error.issues?.map((issue) => issue.message), label)
            .toContain(nulCharacterMessage);
        answers.push(`${label}: ${masked(JSON.stringify(result))}`);
      }
      expect(await readBack(engine.route, seeded)).toBe(before);
      answersByEngine.set(name, answers);
    }, 120_000);
  },
);

describe('hostile payloads to the record stores on both engines', () => {
  it('get the same error codes, messages and fields on each', () => {
    const [sqlite, postgres] = Object.keys(serviceEngines).map((name) => answersByEngine.get(name));
    expect(sqlite?.length).toBeGreaterThan(1000);
    expect(postgres?.length).toBe(sqlite?.length);
    // Only the answers that differ, so a difference reads as one line per payload.
    const differing = (postgres ?? []).filter((answer, i) => answer !== sqlite?.[i]);
    expect(differing.map((answer) => answer.slice(0, 400)).slice(0, 10)).toEqual([]);
  });
});
