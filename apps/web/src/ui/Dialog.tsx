import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusableSelector, keepTabInside } from './focus-trap.ts';

interface DialogProps {
  open: boolean;
  /** Called for Escape as well as for the caller's own close buttons. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

// What Tab can reach: controls taken out of the tab order on purpose (tabindex -1) are not.

/**
 * A modal on the native <dialog>: showModal() makes the page behind it inert, puts it in the
 * top layer and gives focus back to the opener when it closes. Tab is kept cycling inside
 * it rather than escaping to the browser's toolbar.
 */
export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // Layout effect: open and close in the same frame as the content appears or goes.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Browsers differ on what showModal() focuses; start on the first control every time.
      dialog.querySelector<HTMLElement>(focusableSelector)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Closing for any reason (Escape included) must reach the owner's state, or the dialog
  // would reopen on the next render.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => onClose();
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);


  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={(event) => keepTabInside(event, ref.current)}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg overflow-y-auto rounded-xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/40 backdrop:backdrop-blur-[2px]"
    >
      {open && (
        <div className="p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="mt-1 text-sm text-zinc-600">
              {description}
            </p>
          )}
          <div className="mt-5">{children}</div>
        </div>
      )}
    </dialog>
  );
}
