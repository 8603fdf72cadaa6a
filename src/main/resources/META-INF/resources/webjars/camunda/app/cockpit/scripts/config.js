// Opencall branding of Camunda Cockpit; the upstream defaults below are kept.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
  // a link back to Opencall and one log-out; a module of Opencall's own origin, relative to
  // /camunda/app/cockpit/
  customScripts: ['../../../js/camunda-webapps.js'],
};
