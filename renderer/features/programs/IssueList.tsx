import type { FieldIssue } from '../../../shared/errors';
import type { Item } from './program-draft';

export function IssueList({ issues, items }: { issues: FieldIssue[]; items: Item[] }) {
  return (
    <ul>
      {issues.map((issue) => {
        const match = /^items\.(\d+)\./.exec(issue.path);
        const item = match ? items[Number(match[1])] : undefined;
        return (
          <li key={`${issue.path}:${issue.message}`}>
            {item ? `${item.name}: ` : ''}
            {issue.message}
          </li>
        );
      })}
    </ul>
  );
}
