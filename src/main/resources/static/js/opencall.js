// Opencall's pages work without this script; it adds what a person expects on top:
// errors tied to their fields for assistive technology, a warning before unsaved edits
// are lost, drafts saved while typing, and a confirmation before an action that cannot
// be undone.
(function () {
  'use strict';

  // Errors beside their fields: mark the field invalid and describe it by its error.
  function tieErrorsToFields() {
    document.querySelectorAll('.field-error').forEach(function (error, index) {
      if (!error.textContent.trim()) {
        return;
      }
      var field = error.dataset.for ? document.getElementById(error.dataset.for) : null;
      if (!field) {
        var previous = error.previousElementSibling;
        while (previous && !/^(INPUT|TEXTAREA|SELECT)$/.test(previous.tagName)) {
          previous = previous.previousElementSibling;
        }
        field = previous;
      }
      if (!field) {
        return;
      }
      if (!error.id) {
        error.id = (field.id || 'field-' + index) + '-error';
      }
      field.setAttribute('aria-invalid', 'true');
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(error.id) < 0) {
        described.push(error.id);
      }
      field.setAttribute('aria-describedby', described.join(' '));
    });
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  // A form marked data-protect warns before its edits are left unsaved.
  function protectEdits() {
    document.querySelectorAll('form[data-protect]').forEach(function (form) {
      var dirty = false;
      form.addEventListener('input', function () {
        dirty = true;
        form.dataset.dirty = 'true';
      });
      form.addEventListener('submit', function () {
        dirty = false;
      });
      form.addEventListener('opencall:saved', function () {
        dirty = false;
        delete form.dataset.dirty;
      });
      window.addEventListener('beforeunload', function (event) {
        if (dirty) {
          event.preventDefault();
          event.returnValue = '';
        }
      });
    });
  }

  // A form marked data-autosave="/url" is saved there a few seconds after its last edit.
  function autosave() {
    document.querySelectorAll('form[data-autosave]').forEach(function (form) {
      var timer = null;
      var status = form.querySelector('.saved-at');
      // the form's own buttons save everything: no autosave may race them
      form.addEventListener('submit', function () {
        clearTimeout(timer);
      });
      form.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var data = new FormData(form);
          Array.from(form.querySelectorAll('input[type=file]')).forEach(function (file) {
            data.delete(file.name);
          });
          fetch(form.dataset.autosave, { method: 'POST', body: data, credentials: 'same-origin',
            headers: { 'Accept': 'application/json' } })
            .then(function (answer) {
              // an answer in JSON may say what is still missing, or which fields refused
              var type = answer.headers.get('Content-Type') || '';
              var body = type.indexOf('json') >= 0 ? answer.json().catch(function () { return {}; })
                : Promise.resolve({});
              return body.then(function (json) {
                if (answer.ok) {
                  form.dispatchEvent(new Event('opencall:saved'));
                  if (status) {
                    var missing = (json.missingForSubmission || []).length;
                    status.textContent = 'Draft saved at ' + new Date().toLocaleTimeString()
                      + (missing ? '; ' + missing + (missing === 1 ? ' thing' : ' things')
                        + ' still to do before submitting.' : '.');
                  }
                }
                else if (status) {
                  var problems = (json.errors || []).map(function (error) {
                    return (error.label || error.field) + ': ' + error.reason;
                  });
                  status.textContent = 'Not saved yet: ' + (problems.length ? problems.join('; ')
                    : 'some fields need correcting') + '.';
                }
              });
            })
            .catch(function () {
              if (status) {
                status.textContent = 'Not saved: the server could not be reached.';
              }
            });
        }, 2000);
      });
    });
  }

  // A button marked data-confirm asks before it acts.
  function confirmActions() {
    document.querySelectorAll('[data-confirm]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        if (!window.confirm(button.dataset.confirm)) {
          event.preventDefault();
        }
      });
    });
  }

  // The call form's tie-break choices follow its criteria as they are typed: a tie-break
  // follows the criterion row it names, through a rename, even one typed anew after
  // emptying the row (meanwhile it shows None).
  function followCriteriaInTieBreaks() {
    var selects = Array.from(document.querySelectorAll('select.tie-break'));
    var rows = Array.from(document.querySelectorAll('input[name^="criteria["][name$="].name"]'));
    if (!selects.length || !rows.length) {
      return;
    }
    function names() {
      return rows.map(function (row) { return row.value.trim(); });
    }
    function bind(select) {
      var row = select.value ? names().indexOf(select.value) : -1;
      if (row >= 0) {
        select.dataset.row = row;
      } else {
        delete select.dataset.row;
      }
    }
    function offer(select, now) {
      var chosen = select.value;
      if (select.dataset.row !== undefined) {
        chosen = now[Number(select.dataset.row)];
      }
      // keep None and the earlier submission; offer the criteria as now typed, and a
      // choice that is none of them (the server says why it is refused)
      Array.from(select.options).forEach(function (option) {
        if (option.value && option.value !== 'EARLIER_SUBMISSION') {
          option.remove();
        }
      });
      var earlier = select.querySelector('option[value="EARLIER_SUBMISSION"]');
      var offered = [];
      now.concat(chosen ? [chosen] : []).forEach(function (name) {
        if (name && name !== 'EARLIER_SUBMISSION' && offered.indexOf(name) < 0) {
          offered.push(name);
          select.insertBefore(new Option(name, name), earlier);
        }
      });
      select.value = chosen || '';
    }
    selects.forEach(function (select) {
      bind(select);
      select.addEventListener('change', function () { bind(select); });
    });
    rows.forEach(function (row) {
      row.addEventListener('input', function () {
        var now = names();
        selects.forEach(function (select) { offer(select, now); });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    tieErrorsToFields();
    protectEdits();
    autosave();
    confirmActions();
    followCriteriaInTieBreaks();
  });
}());
