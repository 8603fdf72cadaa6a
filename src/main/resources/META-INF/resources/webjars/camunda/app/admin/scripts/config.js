// Opencall branding of Camunda Admin; the upstream defaults below are kept.
export default {
  app: {
    name: 'Admin',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
  // a link back to Opencall and one log-out; a module of Opencall's own origin, relative to
  // /camunda/app/admin/
  customScripts: ['../../../js/camunda-webapps.js'],
};
