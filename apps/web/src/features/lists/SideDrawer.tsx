import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { focusRing } from '../../ui/focus-ring.ts';
import { focusableSelector, keepTabInside } from '../../ui/focus-trap.ts';

interface SideDrawerProps {
  open: boolean;
  /** Asked for by Escape and the close button; the owner closes the drawer by setting `open`. */
  onClose: () => void;
  title: ReactNode;
  /** Where focus goes back when the drawer closes, if the element that opened it is gone (a deep link). */
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
}


/**
 * A modal panel along the inline end of the screen (the right in English, the left in Arabic),
 * on the native <dialog>: showModal() makes the page behind it inert; Tab cycles inside it;
 * Escape closes it; focus returns to the row that opened it.
 */
export function SideDrawer({ open, onClose, title, fallbackFocus, children }: SideDrawerProps) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<HTMLElement | null>(null);
  // Read when the dialog's (asynchronous) close event arrives: a close the owner asked for is not reported back.
  const openRef = useRef(open);
  const latest = useRef({ onClose, fallbackFocus });

  useLayoutEffect(() => {
    latest.current = { onClose, fallbackFocus };
  });

  useLayoutEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>(focusableSelector)?.focus();
    }
    if (!open && dialog.open) {
      dialog.close();
      restoreFocus(dialog, opener.current, latest.current.fallbackFocus);
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      restoreFocus(dialog, opener.current, latest.current.fallbackFocus);
      if (openRef.current) latest.current.onClose();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, []);


  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onKeyDown={(event) => keepTabInside(event, ref.current)}
      className="ms-auto me-0 my-0 h-dvh max-h-none w-full max-w-lg overflow-hidden bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/30 backdrop:backdrop-blur-[1px]"
    >
      {open && (
        <div className="flex h-full flex-col">
          <div className="flex items-start gap-3 border-b border-zinc-200 px-5 py-3 sm:px-6">
            <h2 id={titleId} className="min-w-0 flex-1 py-2.5 text-lg font-semibold [overflow-wrap:anywhere]">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label={intl.formatMessage({ id: 'lists.drawer.close' })}
              className={`-me-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 ${focusRing}`}
            >
              <svg className="size-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
              </svg>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-5 sm:px-6">{children}</div>
        </div>
      )}
    </dialog>
  );
}

/**
 * Back to the opener when it is still on the page, else to the fallback. Only when focus is nowhere
 * or still inside the closed dialog (its controls are about to go): never away from where the user moved it.
 */
function restoreFocus(dialog: HTMLDialogElement, opener: HTMLElement | null, fallback: (() => HTMLElement | null) | undefined) {
  const active = document.activeElement;
  if (active && active !== document.body && !dialog.contains(active)) return;
  const target = opener?.isConnected ? opener : fallback?.();
  target?.focus();
}
