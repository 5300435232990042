// Builds elements from plain data; text always goes in as text, never as HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the main area with the given content and moves the focus to its heading, for screen readers. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

/** Says in a form's alert box what is wrong and, for a field, marks it invalid and moves the focus to it. */
export function formError(box, message, field = null) {
  box.textContent = message;
  box.hidden = false;
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}

export function notice(message) {
  const box = document.getElementById('notice');
  box.textContent = message ?? '';
  box.hidden = !message;
}

export function status(message) {
  const box = document.getElementById('status');
  box.textContent = message ?? '';
  box.hidden = !message;
}

export function clearMessages() {
  notice(null);
  status(null);
}
