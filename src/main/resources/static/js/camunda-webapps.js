// Opencall inside the Camunda webapps (Tasklist, Cockpit, Admin, Welcome): a way back to
// Opencall in the header, and one log-out. Each app's config.js loads this module
// (customScripts) from Opencall's own origin, as the webapps' Content-Security-Policy asks.
const base = document.querySelector('base[app-root]');
const opencall = (base ? base.getAttribute('app-root') : '/camunda').replace(/\/camunda\/?$/, '') + '/';

// The header is drawn by the webapp after this module runs, and again when it changes.
function addLinkBack() {
  const menu = document.querySelector('[cam-widget-header] .cam-nav > ul');
  if (!menu || menu.querySelector('.opencall-home')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'opencall-home';
  const link = document.createElement('a');
  link.href = opencall;
  link.textContent = 'Back to Opencall';
  item.appendChild(link);
  menu.insertBefore(item, menu.firstChild);
}

// There is one login, Opencall's: after the webapps' log-out (which the server makes end the
// Opencall session too) or when the session has ended, the webapps would show a login page of
// their own that refuses every password. Go to Opencall's instead.
function leaveForOpencallLogin() {
  if (/^#!?\/login/.test(window.location.hash)) {
    window.location.replace(opencall + 'login?logout');
  }
}

// Tasklist says nothing when a task is completed: the form just goes away. Say it, in a
// status region that assistive technology reads out, with the way back to Opencall.
const completion = /\/task\/[^/]+\/(submit-form|complete)$/;
const notice = document.createElement('div');
notice.className = 'opencall-notice';
notice.setAttribute('role', 'status');
document.body.appendChild(notice);

function confirmCompletion() {
  notice.textContent = 'The task is completed. ';
  const link = document.createElement('a');
  link.href = opencall;
  link.textContent = 'See what else waits for you in Opencall';
  notice.appendChild(link);
  notice.classList.add('shown');
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && completion.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        confirmCompletion();
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
// a new task chosen: the confirmation has been read
window.addEventListener('hashchange', () => {
  if (/[?&]task=/.test(window.location.hash)) {
    notice.classList.remove('shown');
    notice.textContent = '';
  }
});

// form-js keeps the error of a field that a condition has hidden since, and Tasklist then
// keeps Complete disabled though nothing visible is wrong ("Send back" tried without a
// comment, then "Approve" chosen). Saving the form (Tasklist's Save) validates it afresh,
// which frees Complete.
function revalidateAfterChoice(event) {
  const form = event.target.closest ? event.target.closest('.fjs-container') : null;
  if (!form) {
    return;
  }
  setTimeout(() => {
    const complete = document.querySelector('.form-actions button[ng-click="complete()"]');
    const save = document.querySelector('.form-actions button[ng-click="save($event)"]');
    const errorShown = Array.from(form.querySelectorAll('.fjs-form-field-error')).some((e) => e.textContent.trim());
    if (complete && complete.disabled && save && !save.disabled && !errorShown) {
      save.click();
    }
  }, 100);
}

document.addEventListener('change', revalidateAfterChoice, true);
new MutationObserver(addLinkBack).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', leaveForOpencallLogin);
addLinkBack();
leaveForOpencallLogin();

// no webapp plugins, only the behaviour above
export default [];
