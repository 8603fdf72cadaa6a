// Opencall branding of Camunda Welcome; the upstream defaults below are kept.
export default {
  app: {
    name: 'Welcome',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
  // a link back to Opencall and one log-out; a module of Opencall's own origin, relative to
  // /camunda/app/welcome/
  customScripts: ['../../../js/camunda-webapps.js'],
};
