import { Link } from 'wouter';
import { PageHeader } from '../../components/PageHeader';

export function PageNotFound() {
  return (
    <div className="page">
      <PageHeader title="Page not found" focusOnArrival />
      <p>
        This page does not exist in Stance. <Link href="/">Go back to your clients</Link>.
      </p>
    </div>
  );
}
