// Opencall branding of Camunda Tasklist; the upstream defaults below are kept.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
  // a link back to Opencall and one log-out; a module of Opencall's own origin, relative to
  // /camunda/app/tasklist/
  customScripts: ['../../../js/camunda-webapps.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
