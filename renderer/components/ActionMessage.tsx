/** The result of a button's action, said beside the button. */
export interface ActionMessageContent {
  tone: 'done' | 'problem';
  text: string;
  /** A file or folder to show in full after the text, e.g. where something was saved. */
  path?: string;
}

/** Always in the page, so a result is announced the moment its text appears. */
export function ActionMessage({ message }: { message: ActionMessageContent | null }) {
  return (
    <div className="action-message-region" role="status">
      {message && (
        <div className={`action-message action-message-${message.tone}`}>
          <p>{message.text}</p>
          {message.path && (
            <p className="path-box">
              <code>{message.path}</code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
