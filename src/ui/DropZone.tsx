// A place to drop a file, with a real file input behind a visible button for keyboard users.
import { useId, useState, type ReactNode } from 'react';

interface Props {
  accept: string;
  buttonLabel: string;
  children: ReactNode;
  onFile(file: File): void;
  testId?: string;
  disabled?: boolean;
}

export function DropZone({ accept, buttonLabel, children, onFile, testId, disabled }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        if (disabled) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <div className="drop-zone-text">{children}</div>
      <label htmlFor={id} className={`button small${disabled ? ' is-disabled' : ''}`}>
        {buttonLabel}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        className="file-input"
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Reset so that choosing the same file again fires again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
