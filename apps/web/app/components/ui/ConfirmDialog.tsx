import { useId, useRef, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';

export interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  title: ReactNode;
  body: ReactNode;
  cancelLabel: string;
  /**
   * Fields the action asks for (a reason…), shown above the buttons. They belong to the action's form
   * through their `form` attribute, so the buttons stay one row.
   */
  fields?: ReactNode;
  /**
   * The form that carries out the action, given a `close` callback for its onSubmit. Its submit
   * button should say exactly what happens ("Disable member", not "OK").
   */
  children: (close: () => void) => ReactNode;
}

/**
 * A confirmation step for destructive actions, in a native modal <dialog>: focus moves into it and
 * stays there, Escape cancels, and the page behind is inert.
 */
export function ConfirmDialog({
  trigger,
  triggerVariant = 'secondary',
  title,
  body,
  cancelLabel,
  fields,
  children,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <Button variant={triggerVariant} onClick={() => dialog.current?.showModal()}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl bg-white p-6 text-left shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p id={bodyId} className="mt-2 text-slate-600">
          {body}
        </p>
        {fields ? <div className="mt-4">{fields}</div> : null}
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
          <Button variant="secondary" onClick={close}>
            {cancelLabel}
          </Button>
          {children(close)}
        </div>
      </dialog>
    </>
  );
}
