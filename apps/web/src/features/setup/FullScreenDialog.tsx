import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { keepTabInside } from '../../ui/focus-trap.ts';

interface FullScreenDialogProps {
  open: boolean;
  /** Escape, or the browser closing the dialog for any other reason. */
  onDismiss: () => void;
  labelledBy: string;
  describedBy?: string;
  /** Where focus starts (the title, so a screen reader hears what this is before the controls). */
  initialFocus: string;
  children: ReactNode;
}

// What Tab can reach: controls taken out of the tab order on purpose (tabindex -1) are not.

/**
 * A modal that fills the screen, on the native <dialog> like ui/Dialog: showModal() makes the
 * page behind it inert and gives focus back to the opener on close; Tab cycles inside it.
 */
export function FullScreenDialog({ open, onDismiss, labelledBy, describedBy, initialFocus, children }: FullScreenDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      document.getElementById(initialFocus)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);

  // Escape asks the owner (who remembers the dismissal) instead of closing behind its back; a
  // close the browser forces anyway (a second Escape) reaches the owner too.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleCancel = (event: Event) => {
      event.preventDefault();
      onDismiss();
    };
    const handleClose = () => {
      if (open) onDismiss();
    };
    dialog.addEventListener('cancel', handleCancel);
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('cancel', handleCancel);
      dialog.removeEventListener('close', handleClose);
    };
  }, [onDismiss, open]);


  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={(event) => keepTabInside(event, ref.current)}
      className="m-0 h-dvh max-h-none w-full max-w-none bg-zinc-50 p-0 text-zinc-900 backdrop:bg-zinc-950/40"
    >
      {open && children}
    </dialog>
  );
}
