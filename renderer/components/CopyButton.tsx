import { useState } from 'react';
import { commandKeyName } from '../hooks/useKeyboardShortcut';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text for a support email; says so in words, and says how to copy by hand if it can't. */
export function CopyButton({ label, text }: { label: string; text: string }) {
  const [state, setState] = useState<CopyState>('idle');

  const copy = async () => {
    setState((await copyText(text)) ? 'copied' : 'failed');
  };

  return (
    <div className="copy">
      <button type="button" className="button" onClick={() => void copy()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect
            x="5"
            y="5"
            width="8.5"
            height="9"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path
            d="M3 10.5V3.5A1.5 1.5 0 0 1 4.5 2h6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        {label}
      </button>
      <span className="copy-status" role="status">
        {state === 'copied' && 'Copied. You can paste the details into an email.'}
        {state === 'failed' &&
          `Copying did not work here. Open “Technical details”, select the text and press ${commandKeyName}+C.`}
      </span>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

/** The old way, for when the clipboard permission is refused (Electron refuses permissions by default). */
function copyWithSelection(text: string): boolean {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.className = 'visually-hidden';
  document.body.append(scratch);
  scratch.select();
  try {
    // Deprecated, but the only way left when the async clipboard is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}
