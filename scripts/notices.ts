// Writes the third-party notices for the app just built (npm runs it after `npm run build`).
import fs from 'node:fs';
import path from 'node:path';
import { collectNotices, NOTICES_OUTPUT } from './notices/collect';
import { noticeProblems } from './notices/policy';
import { renderNotices } from './notices/render';

const root = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};

const notices = await collectNotices(root);
const problems = noticeProblems(notices);
if (problems.length > 0) {
  // Nothing ships with a licence nobody has looked at.
  console.error(`The third-party notices are not complete:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
} else {
  const file = path.join(root, NOTICES_OUTPUT);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    renderNotices(notices, {
      appVersion: version,
      platform: `${process.platform}-${process.arch}`,
    }),
  );
  console.log(`Wrote ${NOTICES_OUTPUT} (${notices.length} components)`);
}
