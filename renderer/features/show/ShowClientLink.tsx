/** "Show the client" on the client page and the comparison: opens the presentation. */
import { Link } from 'wouter';
import type { ShowOrigin } from './ShowClient';

export function ShowClientLink({ clientId, from }: { clientId: string; from: ShowOrigin }) {
  return (
    <Link href={`/clients/${clientId}/show/${from}`} className="button">
      Show the client
    </Link>
  );
}
