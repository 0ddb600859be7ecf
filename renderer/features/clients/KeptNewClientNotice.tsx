/**
 * A new client she saved while the studio server was away waits on this computer until the
 * new-client form saves it; the client list says so, so it is not forgotten there.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { readKeptClient } from './kept-client';

export function KeptNewClientNotice() {
  const [kept] = useState(() => readKeptClient(null));
  if (!kept) return null;
  const name = `${kept.values.firstName} ${kept.values.lastName}`.trim() || 'A new client';
  return (
    <div className="server-away" role="region" aria-label="A new client not saved yet">
      <strong>{name} is not saved yet.</strong> You saved this new client while the studio database
      could not be reached; the details are kept on this computer.{' '}
      <Link href="/clients/new">Open them to save them now</Link>
    </div>
  );
}
