import type { Message } from '../../core/types.js';

/**
 * Puts each app field (node → the element it came from) into `box`, the container in the
 * sign-up form, or, with no box, back home (out of the DOM when home is the sign-up element,
 * whose own children would show outside the form). Only moves what must move: moving blurs.
 */
export function placeCustomFields(fields: Map<Element, Element>, signUp: Element, box: Element | null): void {
  for (const [node, home] of fields) {
    if (box) {
      if (node.parentNode !== box) box.append(node);
    } else if (home === signUp) node.remove();
    else if (node.parentNode !== home) home.append(node);
  }
}

/**
 * The flow's messages for the app's fields: each under its field's top-level node in `box`,
 * linked by `aria-describedby` (the app's own references kept), the control `aria-invalid`.
 */
export function showCustomErrors(
  box: Element,
  errors: Record<string, Message>,
  errorId: (name: string) => string,
  text: (message: Message) => string,
): void {
  for (const old of box.querySelectorAll(':scope > .auth-field-error')) old.remove();
  for (const control of box.querySelectorAll('[name]')) {
    const name = control.getAttribute('name')!;
    const error = errors[name];
    const id = errorId(name);
    const refs = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((ref) => ref && ref !== id);
    if (error) {
      refs.push(id);
      control.setAttribute('aria-invalid', 'true');
      if (!box.querySelector(`[id="${id}"]`)) {
        const message = document.createElement('p');
        message.className = 'auth-field-error';
        message.id = id;
        message.textContent = text(error);
        let top = control;
        while (top.parentElement !== box) top = top.parentElement!;
        top.after(message);
      }
    } else control.removeAttribute('aria-invalid');
    if (refs.length) control.setAttribute('aria-describedby', refs.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}
