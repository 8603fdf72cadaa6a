// The auditor's timeline: each process's BPMN diagram, drawn by the bpmn-js viewer (vendored
// in /vendor/bpmn-js), with the path the process took marked — the elements it passed
// through, the sequence flows between two of them, and the elements it waits in now — and
// that path written out in words below the diagram for those who do not see it.
(function () {
  'use strict';

  function named(registry, id) {
    var element = registry.get(id);
    var name = element && element.businessObject && element.businessObject.name;
    return name ? name.replace(/\s+/g, ' ').trim() : null;
  }

  function mark(viewer, diagram) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    var passed = new Set(diagram.taken);
    var marked = 0;
    diagram.taken.forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'path-taken');
        marked++;
      }
    });
    registry.filter(function (element) {
      return element.type === 'bpmn:SequenceFlow' && element.source && element.target
        && passed.has(element.source.id) && passed.has(element.target.id);
    }).forEach(function (flow) {
      canvas.addMarker(flow.id, 'path-taken');
    });
    diagram.current.forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'path-current');
      }
    });
    return marked;
  }

  function describe(registry, diagram) {
    var steps = diagram.taken.map(function (id) { return named(registry, id); }).filter(Boolean);
    var waiting = diagram.current.map(function (id) { return named(registry, id); }).filter(Boolean);
    var text = steps.length ? 'Path taken: ' + steps.join(' → ') + '.' : 'No named step taken yet.';
    if (waiting.length) {
      text += ' Waiting in: ' + waiting.join(', ') + '.';
    }
    return text;
  }

  function show(container) {
    var path = document.getElementById(container.id.replace(/^diagram-/, 'path-'));
    return fetch(container.dataset.diagram, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('answered ' + response.status);
        }
        return response.json();
      })
      .then(function (diagram) {
        var viewer = new window.BpmnJS({ container: container });
        return viewer.importXML(diagram.xml).then(function () {
          viewer.get('canvas').zoom('fit-viewport', 'auto');
          container.dataset.marked = String(mark(viewer, diagram));
          container.classList.add('rendered');
          if (path) {
            path.textContent = describe(viewer.get('elementRegistry'), diagram);
          }
        });
      })
      .catch(function () {
        container.classList.add('failed');
        if (path) {
          path.textContent = 'The diagram could not be shown; the timeline above lists every step.';
        }
      });
  }

  function start() {
    if (!window.BpmnJS) {
      return;
    }
    document.querySelectorAll('.diagram[data-diagram]').forEach(show);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
