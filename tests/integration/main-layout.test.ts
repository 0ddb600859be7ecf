import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';

/**
 * Where things live on the main side, checked so a newcomer can trust the tree: a channel group
 * `x:*` is declared in shared/channels/x.ts, handled in main/handlers/x.ts by main/services/x.ts,
 * and no handler reaches into another.
 */
const root = path.resolve(import.meta.dirname, '../..');
const filesIn = (folder: string): string[] =>
  fs
    .readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length));
const importsOf = (file: string): string[] =>
  [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map(
    (match) => match[1]!,
  );

describe('main side layout', () => {
  it('declares every channel group in the shared/channels file of its name', async () => {
    const groupFiles = filesIn('shared/channels').filter((name) => name !== 'define');
    const declared: string[] = [];
    for (const name of groupFiles) {
      const module = (await import(`../../shared/channels/${name}.ts`)) as Record<string, unknown>;
      for (const [exported, group] of Object.entries(module)) {
        if (!exported.endsWith('Channels') || typeof group !== 'object' || group === null) continue;
        for (const channel of Object.keys(group)) {
          expect(channel, `declared in shared/channels/${name}.ts`).toMatch(
            new RegExp(`^${name}:`),
          );
          declared.push(channel);
        }
      }
    }
    expect(declared.sort()).toEqual([...channels].sort());
  });

  it('has a handler and a service file for each channel group, named alike', () => {
    const groups = new Set(channels.map((channel) => channel.split(':')[0]!));
    expect(
      filesIn('main/handlers')
        .filter((name) => name !== 'types')
        .sort(),
    ).toEqual([...groups].sort());
    const services = new Set(filesIn('main/services'));
    for (const group of groups) if (group !== 'app') expect(services).toContain(group);
  });

  it('keeps handlers to validating and dispatching: none imports another handler', () => {
    for (const name of filesIn('main/handlers')) {
      const local = importsOf(`main/handlers/${name}.ts`).filter((from) => from.startsWith('./'));
      expect(local, `main/handlers/${name}.ts`).toEqual(name === 'types' ? [] : ['./types']);
    }
  });

  it('has exports, backups and services call services and repositories, never handlers', () => {
    for (const folder of ['main/exports', 'main/backups', 'main/services', 'main/photos']) {
      for (const name of filesIn(folder)) {
        const handlers = importsOf(`${folder}/${name}.ts`).filter((from) =>
          from.includes('/handlers/'),
        );
        expect(handlers, `${folder}/${name}.ts`).toEqual([]);
      }
    }
  });
});
