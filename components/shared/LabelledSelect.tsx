/** A native `<select>` inside its label: keyboard reachable and announced with its name. */
import type { ComponentChildren } from 'preact';

interface Props<T extends string | number> {
  label: string;
  testid: string;
  value: T;
  /** Values with their shown text, in order. */
  options: readonly { value: T; text: string }[];
  onChange: (value: T) => void;
  children?: ComponentChildren;
}

/** Calls `onChange` with the chosen option's own value (numbers stay numbers). */
export function LabelledSelect<T extends string | number>(p: Props<T>) {
  return (
    <label>
      {p.label}{' '}
      <select
        data-testid={p.testid}
        value={String(p.value)}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const chosen = p.options.find((o) => String(o.value) === raw);
          if (chosen) p.onChange(chosen.value);
        }}
      >
        {p.options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
