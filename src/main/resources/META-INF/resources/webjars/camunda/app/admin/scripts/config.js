// Opencall branding of Camunda Admin; the upstream defaults below are kept.
export default {
  app: {
    name: 'Admin',
    vendor: 'Opencall'
  },
  disableWelcomeMessage: true,
};
