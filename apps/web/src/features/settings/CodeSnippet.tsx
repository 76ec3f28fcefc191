import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { focusRing } from '../../ui/focus-ring.ts';

type CopyState = 'idle' | 'copied' | 'failed';

interface CodeSnippetProps {
  /** What the code is, shown above it and used to name the copy button. */
  label: string;
  code: string;
  /** A short value (a URL) reads better light than as a dark code block. */
  inline?: boolean;
}

/**
 * Code to paste elsewhere, left to right in every language, with a copy button. Where the
 * clipboard is refused (plain http), the code is selected so a keyboard copy is one keystroke.
 */
export function CodeSnippet({ label, code, inline = false }: CodeSnippetProps) {
  const intl = useIntl();
  const id = useId();
  const codeRef = useRef<HTMLPreElement>(null);
  const [copyState, setCopyState] = useState<{ code: string; state: CopyState }>({ code, state: 'idle' });
  // A new code (a key was just created) starts over rather than claiming it was copied.
  const state = copyState.code === code ? copyState.state : 'idle';

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopyState({ code, state: 'copied' });
    } catch {
      const element = codeRef.current;
      const selection = window.getSelection();
      if (element && selection) {
        selection.selectAllChildren(element);
        element.focus();
      }
      setCopyState({ code, state: 'failed' });
    }
  }

  return (
    <div className={`overflow-hidden rounded-lg border ${inline ? 'border-zinc-200 bg-zinc-50' : 'border-zinc-800 bg-zinc-900'}`}>
      <div className={`flex min-h-11 items-center justify-between gap-3 border-b ps-3 ${inline ? 'border-zinc-200 bg-white' : 'border-zinc-700/60 bg-zinc-800'}`}>
        <p id={`${id}-label`} className={`min-w-0 truncate text-xs font-medium ${inline ? 'text-zinc-600' : 'text-zinc-300'}`}>
          {label}
        </p>
        <button
          type="button"
          aria-label={intl.formatMessage({ id: 'settings.copy.label' }, { what: label })}
          onClick={() => void copy()}
          className={`inline-flex min-h-11 shrink-0 items-center gap-1.5 px-3 text-xs font-medium transition-colors ${focusRing} focus-visible:-outline-offset-2 ${
            inline ? 'text-zinc-700 hover:bg-zinc-50 hover:text-zinc-900' : 'text-zinc-200 hover:bg-zinc-700/60 hover:text-white'
          }`}
        >
          {state === 'copied' ? (
            <svg className="size-4 text-emerald-500" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
              <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
            </svg>
          ) : (
            <svg className="size-4 opacity-70" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
              <path d="M7 3.5A1.5 1.5 0 0 1 8.5 2h6A1.5 1.5 0 0 1 16 3.5v9a1.5 1.5 0 0 1-1.5 1.5h-6A1.5 1.5 0 0 1 7 12.5v-9Z" />
              <path d="M5 6H4.5A1.5 1.5 0 0 0 3 7.5v9A1.5 1.5 0 0 0 4.5 18h6a1.5 1.5 0 0 0 1.5-1.5V16H8.5A3.5 3.5 0 0 1 5 12.5V6Z" />
            </svg>
          )}
          {intl.formatMessage({ id: state === 'copied' ? 'settings.copy.copied' : 'settings.copy.button' })}
        </button>
      </div>
      {/* Wrapped rather than scrolled sideways: a phone shows the whole tag. */}
      <pre
        ref={codeRef}
        dir="ltr"
        tabIndex={0}
        aria-labelledby={`${id}-label`}
        className={`whitespace-pre-wrap px-4 py-3 text-start font-mono text-[13px] leading-relaxed [overflow-wrap:anywhere] ${focusRing} focus-visible:-outline-offset-2 ${
          inline ? 'text-zinc-800' : 'text-zinc-100'
        }`}
      >
        <code>{code}</code>
      </pre>
      {/* The button already says "Copied"; the sentence is for screen readers, and shown when copying failed. */}
      <p role="status" className={state === 'failed' ? `border-t px-4 py-2 text-sm ${inline ? 'border-zinc-200 text-zinc-700' : 'border-zinc-700/60 text-zinc-200'}` : 'sr-only'}>
        {state === 'copied' && intl.formatMessage({ id: 'settings.copy.copiedStatus' })}
        {state === 'failed' && intl.formatMessage({ id: 'settings.copy.failed' })}
      </p>
    </div>
  );
}
